import { addTranslations, type RemoteAppProps } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../features/coming-soon/components/coming-soon-page';
import { profilesNamespace, profilesTranslations } from '../features/coming-soon/coming-soon-translations';
import { CompanyPage } from '../features/company/components/company-page';
import { companyNamespace, companyTranslations } from '../features/company/i18n/company-translations';

/**
 * What this remote exposes as `./app`; rendered inside the shell's providers (shared singletons).
 * The shell mounts it twice: section "company" (/company, COM) and "profiles" (/profiles, PRO, later).
 */
export function RemoteApp({ section, viewer }: RemoteAppProps) {
  const { i18n } = useTranslation();
  useState(() => {
    addTranslations(i18n, profilesNamespace, profilesTranslations);
    addTranslations(i18n, companyNamespace, companyTranslations);
  });
  if (section === 'profiles') return <ComingSoonPage section="profiles" />;
  return <CompanyPage canRequestChanges={viewer?.profile === 'ADMINISTRATOR'} />;
}
