import { Alert, Button, SkipLink } from '@customer-corner/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../../auth/hooks/session';
import { CustomerServicesFooter } from './customer-services-footer';
import { CustomerSwitch } from './customer-switch';
import { LanguageSwitch } from './language-switch';
import { Navigation } from './navigation';

/** The signed-in frame: skip link, header (who, language, sign-out), navigation, main, footer. */
export function AppLayout({ customerServicesEmail }: { customerServicesEmail: string }) {
  const { t } = useTranslation('shell');
  const session = useSession();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const previousPath = useRef(pathname);
  const { notice, clearNotice } = session;
  useEffect(() => {
    // The welcome message belongs to the first page after activation ("/" only redirects).
    if (previousPath.current !== '/' && previousPath.current !== pathname && notice === 'activated') clearNotice();
    previousPath.current = pathname;
  }, [pathname, notice, clearNotice]);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!menuOpen) return undefined;
    // #18 item 17: Escape closes the phone menu and gives the focus back to its button.
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);
  const me = session.me;
  if (!me) return null;
  return (
    <div className="shell">
      <SkipLink targetId="main" />
      <header className="shell-header" data-menu-open={menuOpen}>
        <div className="shell-header__inner">
          <p className="shell-brand">{t('appName')}</p>
          <button
            ref={menuButton}
            type="button"
            className="cc-button cc-button--secondary shell-nav__toggle"
            aria-expanded={menuOpen}
            aria-controls="shell-nav-list"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {t('nav.menu')}
          </button>
          <div className="shell-account">
            <p className="shell-account__who">
              <span>{t('account.signedInAs', { name: me.name })}</span>
              <span className="shell-account__customer">
                {me.customer
                  ? t('account.customer', { customerNumber: me.customer.customerNumber, customerName: me.customer.name })
                  : t('account.staff')}
              </span>
            </p>
            <CustomerSwitch me={me} />
            <LanguageSwitch />
            <Button variant="secondary" onClick={() => void session.signOut()}>
              {t('account.signOut')}
            </Button>
          </div>
        </div>
        <Navigation me={me} open={menuOpen} onNavigate={() => setMenuOpen(false)} />
      </header>
      <main id="main" tabIndex={-1} className="shell-main">
        {session.notice === 'activated' ? <Alert tone="success">{t('signIn.activated')}</Alert> : null}
        <Outlet />
      </main>
      <CustomerServicesFooter fallbackEmail={customerServicesEmail} />
    </div>
  );
}
