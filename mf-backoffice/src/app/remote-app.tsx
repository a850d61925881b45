import { addTranslations, EmptyState, type RemoteAppProps } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackOfficeRoutes } from '../features/back-office/back-office-routes';
import { backOfficeNamespace, backOfficeTranslations } from '../features/back-office/i18n/back-office-translations';

/**
 * What this remote exposes as `./app`, for Customer Services staff (BO-1); rendered inside the
 * shell's providers. The gateway refuses every back-office operation to anyone else.
 */
export function RemoteApp({ viewer, basePath }: RemoteAppProps) {
  const { i18n, t } = useTranslation(backOfficeNamespace);
  useState(() => addTranslations(i18n, backOfficeNamespace, backOfficeTranslations));
  if (viewer && viewer.kind !== 'STAFF') return <EmptyState>{t('staffOnly')}</EmptyState>;
  return <BackOfficeRoutes staffName={viewer?.name ?? null} basePath={basePath} />;
}
