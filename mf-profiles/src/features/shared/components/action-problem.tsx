import type { ErrorLike } from '@apollo/client';
import { Alert, toPortalLanguage } from '@customer-corner/ui';
import { apiProblemMessage } from '@customer-corner/ui/api-problems';
import { useTranslation } from 'react-i18next';
import { problemsOf } from '../api/graphql-problems';
import { profilesNamespace } from '../i18n/profiles-translations';

/** A refused action said plainly: the reason (LAST_ADMINISTRATOR, NOT_CREATOR, LINK_SELF…) first, then the code. */
export function ActionProblem({ error }: { error: ErrorLike | null | undefined }) {
  const { t, i18n } = useTranslation(profilesNamespace);
  if (!error) return null;
  const { reason, code } = problemsOf(error);
  // #18 item 6: any reason the gateway gives has its own sentence (shared with the shell and tabs).
  const precise = apiProblemMessage(reason, toPortalLanguage(i18n.language));
  if (precise) return <Alert tone="error">{precise}</Alert>;
  const key = reason === 'LAST_ADMINISTRATOR' || reason === 'NOT_CREATOR' ? reason : code === 'FORBIDDEN' ? 'FORBIDDEN' : 'generic';
  return <Alert tone="error">{t(`problems.${key}`)}</Alert>;
}
