import { addTranslations, type RemoteAppProps } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestsNamespace, requestsTranslations } from '../features/requests/i18n/requests-translations';
import { RequestsRoutes } from '../features/requests/requests-routes';

/**
 * What this remote exposes as `./app`, rendered inside the shell's providers (Apollo, router and
 * i18next are shared singletons). Viewers read but cannot submit or answer (REQ-5); the gateway
 * refuses them too (PRO-4).
 */
export function RemoteApp({ viewer }: RemoteAppProps) {
  const { i18n } = useTranslation();
  useState(() => addTranslations(i18n, requestsNamespace, requestsTranslations));
  return <RequestsRoutes readOnly={viewer?.profile !== 'ADMINISTRATOR'} />;
}
