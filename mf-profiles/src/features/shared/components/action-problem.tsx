import type { ErrorLike } from '@apollo/client';
import { Alert } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import { errorCode, errorReason } from '../api/graphql-problems';
import { profilesNamespace } from '../i18n/profiles-translations';

/** A refused action said plainly: the reason (LAST_ADMINISTRATOR, NOT_CREATOR) first, then the code. */
export function ActionProblem({ error }: { error: ErrorLike | null | undefined }) {
  const { t } = useTranslation(profilesNamespace);
  if (!error) return null;
  const reason = errorReason(error);
  const code = errorCode(error);
  const key = reason === 'LAST_ADMINISTRATOR' || reason === 'NOT_CREATOR' ? reason : code === 'FORBIDDEN' ? 'FORBIDDEN' : 'generic';
  return <Alert tone="error">{t(`problems.${key}`)}</Alert>;
}
