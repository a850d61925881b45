import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const sections = [
  { to: '.', key: 'queue', end: true },
  { to: 'customers', key: 'customers', end: false },
  { to: 'registrations', key: 'registrations', end: false },
  { to: 'audit', key: 'audit', end: false },
] as const;

/** The back office's own sections, as links (the current one marked with aria-current by NavLink). */
export function BackOfficeNav() {
  const { t } = useTranslation('backoffice');
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="cc-row" style={{ listStyle: 'none', padding: 0, margin: '0 0 1.5rem', gap: '0.5rem' }}>
        {sections.map((section) => (
          <li key={section.key} style={{ flex: '0 1 auto' }}>
            <NavLink
              to={section.to}
              end={section.end}
              className={({ isActive }) => (isActive ? 'cc-button' : 'cc-button cc-button--secondary')}
            >
              {t(`nav.${section.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
