import { buttonClassName } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import { contractMailto } from '../utils/contract-mailto';

/**
 * CON-5: "contact Customer Services about this contract", with the contract number prefilled. Until
 * the requests tab offers a form, this opens the user's mail program with subject and body filled in.
 */
export function ContactCustomerServices({ contractNumber, email }: { contractNumber: string; email: string }) {
  const { t } = useTranslation('contracts');
  const href = contractMailto(email, t('contactSubject', { number: contractNumber }), t('contactBody', { number: contractNumber }));
  return (
    <a className={buttonClassName('secondary')} href={href}>
      {t('contact')}
    </a>
  );
}
