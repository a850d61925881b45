import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { Alert, Button } from '@customer-corner/ui';
import { graphQLErrorCodes } from '@customer-corner/ui/api-problems';
import { useTranslation } from 'react-i18next';

export function isNotFound(error: ErrorLike | undefined): boolean {
  return graphQLErrorCodes(CombinedGraphQLErrors.is(error) ? error.errors : null).includes('NOT_FOUND');
}

/** A failed load, said in the user's language, with a way to try again. */
export function LoadError({ onRetry, message }: { onRetry: () => void; message?: string }) {
  const { t } = useTranslation('contracts');
  return (
    <Alert tone="error" title={message ?? t('loadError')}>
      <Button variant="secondary" onClick={onRetry}>
        {t('retry')}
      </Button>
    </Alert>
  );
}
