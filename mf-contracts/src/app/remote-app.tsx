import { addTranslations, type RemoteAppProps } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractsRoutes } from '../features/contracts/contracts-routes';
import { contractsNamespace, contractsTranslations } from '../features/contracts/i18n/contracts-translations';
import { TAB_VERSION, TabVersion } from './tab-version';

/**
 * What this remote exposes as `./app`. It renders inside the shell's providers: Apollo, router and
 * i18next are shared singletons, so it uses the shell's client, routes and language.
 */
export function RemoteApp({ customerServicesEmail }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Words are added to the shared i18next instance before the first page renders.
  useState(() => addTranslations(i18n, contractsNamespace, contractsTranslations));
  // The tab's version on its root element and in a footer line (issue #15: a release shows in the page).
  return (
    <div data-version={TAB_VERSION}>
      <ContractsRoutes customerServicesEmail={customerServicesEmail} />
      <TabVersion />
    </div>
  );
}
