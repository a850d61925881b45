import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CustomerServicesContactDocument } from '../../auth/api/identity.operations';

/** "+32 2 555 12 34" → "tel:+3225551234". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** HLP-2: how to reach Customer Services, on every page, with the advice to quote the contract number. */
export function CustomerServicesFooter({ fallbackEmail }: { fallbackEmail: string }) {
  const { t } = useTranslation('shell');
  const { data } = useQuery(CustomerServicesContactDocument, { fetchPolicy: 'cache-first' });
  const email = data?.customerServicesContact.email ?? fallbackEmail;
  const phone = data?.customerServicesContact.phone;
  return (
    <footer className="shell-footer">
      <div className="shell-footer__inner">
        <h2 className="shell-footer__title">{t('footer.title')}</h2>
        <dl className="shell-footer__contact">
          <div>
            <dt>{t('footer.email')}</dt>
            <dd>
              <a href={`mailto:${email}`}>{email}</a>
            </dd>
          </div>
          {phone ? (
            <div>
              <dt>{t('footer.phone')}</dt>
              <dd>
                <a href={telHref(phone)}>{phone}</a>
              </dd>
            </div>
          ) : null}
        </dl>
        <p>{t('footer.quoteContract')}</p>
      </div>
    </footer>
  );
}
