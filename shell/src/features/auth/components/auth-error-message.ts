import type { ErrorLike } from '@apollo/client';
import { apiProblemCodes } from '@customer-corner/ui/api-problems';
import type { TFunction } from 'i18next';
import { apiErrorCode, apiErrorReason } from '../utils/graphql-errors';

/** The sentence a sign-in form shows for a failed attempt (ACC-5, ACC-6). */
export function signInErrorMessage(error: ErrorLike, t: TFunction<'shell'>): string {
  // #18 item 6: a precise reason (LOGIN_DEACTIVATED, RESET_LINK_INVALID…) has its own sentence.
  const reason = apiErrorReason(error);
  if (reason && apiProblemCodes.some((code) => code === reason)) return t(`apiProblems.${reason}` as 'apiProblems.INVALID_CREDENTIALS');
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
      return t('signIn.wrong');
    case 'RATE_LIMITED':
      return apiErrorReason(error) === 'LOGIN_LOCKED' ? t('signIn.locked') : t('signIn.rateLimited');
    case 'NETWORK':
      return t('networkError');
    default:
      return t('genericError');
  }
}
