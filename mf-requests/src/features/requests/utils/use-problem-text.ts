import { toPortalLanguage } from '@customer-corner/ui';
import { apiProblemMessage, type LengthLimits } from '@customer-corner/ui/api-problems';
import { useTranslation } from 'react-i18next';

/**
 * #18 item 6 (API-3): a gateway code in words from the portal's one table, shared with the shell
 * and the other tabs. Only what the gateway never answers stays in this tab's translations: the
 * form's own Belgian postal-code check (POSTAL_CODE_INVALID_BE) and the fallback (OTHER).
 */
export function useProblemText(): (code: string, limits?: LengthLimits, fallback?: string) => string {
  const { t, i18n } = useTranslation('requests');
  return (code, limits, fallback) =>
    apiProblemMessage(code, toPortalLanguage(i18n.language), limits) ??
    t(`errors.${code}` as 'errors.OTHER', { defaultValue: fallback ?? t('errors.OTHER') });
}
