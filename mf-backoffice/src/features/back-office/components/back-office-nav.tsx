import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export type BackOfficeSection = 'queue' | 'customers' | 'registrations' | 'audit';

const sections: { key: BackOfficeSection; path: string }[] = [
  { key: 'queue', path: '' },
  { key: 'customers', path: '/customers' },
  { key: 'registrations', path: '/registrations' },
  { key: 'audit', path: '/audit' },
];

/**
 * Which section a back-office address belongs to: a request detail is part of the queue (#18 item 1).
 * Null outside the back office.
 */
export function backOfficeSectionOf(pathname: string, basePath: string): BackOfficeSection | null {
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return null;
  const first = pathname.slice(basePath.length).split('/')[1] ?? '';
  if (first === 'customers' || first === 'registrations' || first === 'audit') return first;
  return first === '' || first === 'requests' ? 'queue' : null;
}

/**
 * The back office's own sections. The links are absolute (from where the shell mounts the tab):
 * relative links inside the shell's splat route resolve against the current address, so from a
 * request detail they led to /back-office/requests/<id>/customers, a blank page (#18 item 1).
 */
export function BackOfficeNav({ basePath }: { basePath: string }) {
  const { t } = useTranslation('backoffice');
  const { pathname } = useLocation();
  const current = backOfficeSectionOf(pathname, basePath);
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="cc-row" style={{ listStyle: 'none', padding: 0, margin: '0 0 1.5rem', gap: '0.5rem' }}>
        {sections.map((section) => (
          <li key={section.key} style={{ flex: '0 1 auto' }}>
            <Link
              to={`${basePath}${section.path}`}
              aria-current={current === section.key ? 'page' : undefined}
              className={current === section.key ? 'cc-button' : 'cc-button cc-button--secondary'}
            >
              {t(`nav.${section.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
