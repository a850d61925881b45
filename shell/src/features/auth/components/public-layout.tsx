import { SkipLink } from '@customer-corner/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultCustomerServicesEmail } from '../../remotes/utils/runtime-config';
import { CustomerServicesFooter } from '../../layout/components/customer-services-footer';
import { LanguageSwitch } from '../../layout/components/language-switch';

/** Frame of the pages before sign-in: brand, language choice, one centred card. */
export function PublicLayout({
  title,
  children,
  customerServicesEmail = defaultCustomerServicesEmail,
}: {
  title: string;
  children: ReactNode;
  customerServicesEmail?: string;
}) {
  const { t } = useTranslation('shell');
  return (
    <div className="shell-public">
      <SkipLink targetId="main" />
      <header className="shell-public__header">
        <p className="shell-brand">
          {t('appName')}
          <span className="shell-brand__tagline">{t('tagline')}</span>
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="shell-public__main">
        <div className="cc-card shell-public__card">
          <h1>{title}</h1>
          {children}
        </div>
      </main>
      <CustomerServicesFooter fallbackEmail={customerServicesEmail} />
    </div>
  );
}
