import { PageHeader } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { LoginsPage } from '../logins/components/logins-page';
import { SettingsPage } from '../settings/components/settings-page';
import { TokensPage } from '../tokens/components/tokens-page';
import { ProfilesNav } from './components/profiles-nav';
import { profilesNamespace } from './i18n/profiles-translations';

/** Profile management (PRO), relative to where the shell mounts it (/profiles): accesses, integration accesses, my settings. */
export function ProfilesRoutes({ basePath, isAdministrator }: { basePath: string; isAdministrator: boolean }) {
  const { t } = useTranslation(profilesNamespace);
  return (
    <div>
      <PageHeader title={t('title')} />
      <ProfilesNav basePath={basePath} isAdministrator={isAdministrator} />
      <Routes>
        <Route index element={<LoginsPage isAdministrator={isAdministrator} />} />
        <Route path="tokens" element={<TokensPage isAdministrator={isAdministrator} />} />
        <Route path="settings" element={<SettingsPage isAdministrator={isAdministrator} />} />
      </Routes>
    </div>
  );
}
