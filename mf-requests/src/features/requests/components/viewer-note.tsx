import { Alert } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';

/** REQ-5: viewers read requests but cannot submit or answer; said once, plainly. */
export function ViewerNote() {
  const { t } = useTranslation('requests');
  return <Alert tone="info">{t('viewerNote')}</Alert>;
}
