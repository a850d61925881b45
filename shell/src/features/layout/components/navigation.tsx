import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { MeFields } from '../../auth/api/identity.operations';

export interface NavItem {
  to: string;
  label: 'contracts' | 'documents' | 'requests' | 'company' | 'leaflets' | 'profiles' | 'backoffice';
}

/** Customer users see the customer tabs; Customer Services staff see the back office only. */
export function navItemsFor(me: MeFields): NavItem[] {
  if (me.kind === 'STAFF') return [{ to: '/back-office', label: 'backoffice' }];
  return [
    { to: '/contracts', label: 'contracts' },
    { to: '/documents', label: 'documents' },
    { to: '/requests', label: 'requests' },
    { to: '/company', label: 'company' },
    { to: '/leaflets', label: 'leaflets' },
    { to: '/profiles', label: 'profiles' },
  ];
}

/** On phones the list folds behind the "Menu" button that the layout renders in the header. */
export function Navigation({ me, open, onNavigate }: { me: MeFields; open: boolean; onNavigate: () => void }) {
  const { t } = useTranslation('shell');
  return (
    <nav className="shell-nav" aria-label={t('nav.label')}>
      <ul id="shell-nav-list" className="shell-nav__list" data-open={open}>
        {navItemsFor(me).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="shell-nav__link" onClick={onNavigate}>
              {t(`nav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
