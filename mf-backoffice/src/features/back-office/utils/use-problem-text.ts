import { CombinedGraphQLErrors } from '@apollo/client';
import { toPortalLanguage } from '@customer-corner/ui';
import { apiProblemMessage, graphQLProblems } from '@customer-corner/ui/api-problems';
import { useTranslation } from 'react-i18next';

/**
 * #18 item 6 (API-3): what went wrong, in words from the portal's one table of gateway codes,
 * shared with the shell and the other tabs. Only the generic kinds stay in this tab's
 * translations (FORBIDDEN, and OTHER when the gateway gave nothing more precise).
 */
export function useProblemText(): (error: unknown) => string {
  const { t, i18n } = useTranslation('backoffice');
  return (error) => {
    // The most precise code: `extensions.reason` (SAME_APPROVER), else `extensions.code`.
    const code = graphQLProblems(CombinedGraphQLErrors.is(error) ? error.errors : null).preciseCode ?? 'OTHER';
    return (
      apiProblemMessage(code, toPortalLanguage(i18n.language)) ??
      t(`request.errors.${code}` as 'request.errors.OTHER', { defaultValue: t('request.errors.OTHER') })
    );
  };
}
