import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { profilesNamespace } from '../i18n/profiles-translations';
import { buttonRow } from './layout-styles';

/** The three pages of profile management; integration accesses only for administrators (PRO-4, PRO-5). */
export function ProfilesNav({ basePath, isAdministrator }: { basePath: string; isAdministrator: boolean }) {
  const { t } = useTranslation(profilesNamespace);
  const items = [
    { to: basePath, label: t('nav.logins'), end: true },
    ...(isAdministrator ? [{ to: `${basePath}/tokens`, label: t('nav.tokens'), end: false }] : []),
    { to: `${basePath}/settings`, label: t('nav.settings'), end: false },
  ];
  return (
    <nav aria-label={t('nav.label')} style={{ ...buttonRow, marginBottom: '1rem' }}>
      {items.map((item) => (
        <NavLink
          key={item.to}
          to={item.to}
          end={item.end}
          className={({ isActive }) => (isActive ? 'cc-button' : 'cc-button cc-button--secondary')}
        >
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}
