import { addTranslations, type RemoteAppProps } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompanyPage } from '../features/company/components/company-page';
import { companyNamespace, companyTranslations } from '../features/company/i18n/company-translations';
import { profilesNamespace, profilesTranslations } from '../features/shared/i18n/profiles-translations';
import { ProfilesRoutes } from '../features/shared/profiles-routes';

/**
 * What this remote exposes as `./app`; rendered inside the shell's providers (shared singletons).
 * The shell mounts it twice: section "company" (/company, COM) and "profiles" (/profiles, PRO).
 * Viewers read but change nothing (PRO-4); the gateway refuses them too.
 */
export function RemoteApp({ section, viewer, basePath }: RemoteAppProps) {
  const { i18n } = useTranslation();
  useState(() => {
    addTranslations(i18n, profilesNamespace, profilesTranslations);
    addTranslations(i18n, companyNamespace, companyTranslations);
  });
  const isAdministrator = viewer?.profile === 'ADMINISTRATOR';
  if (section === 'profiles') return <ProfilesRoutes basePath={basePath} isAdministrator={isAdministrator} />;
  return <CompanyPage canRequestChanges={isAdministrator} />;
}
