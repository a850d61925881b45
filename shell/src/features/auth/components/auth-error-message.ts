import type { ErrorLike } from '@apollo/client';
import type { TFunction } from 'i18next';
import { apiErrorCode, apiErrorReason } from '../utils/graphql-errors';

/** The sentence a sign-in form shows for a failed attempt (ACC-5, ACC-6). */
export function signInErrorMessage(error: ErrorLike, t: TFunction<'shell'>): string {
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
