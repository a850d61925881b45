import { Alert, Button } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';

/** A failed load, said in the user's language, with a way to try again. */
export function LoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('documents');
  return (
    <Alert tone="error" title={t('loadError')}>
      <Button variant="secondary" onClick={onRetry}>
        {t('retry')}
      </Button>
    </Alert>
  );
}
