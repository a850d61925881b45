import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

// API-3: every GraphQL error carries a stable code; BAD_USER_INPUT lists the failing fields.
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'RATE_LIMITED';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

function firstExtensions(error: ErrorLike | undefined | null): Record<string, unknown> | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return (error.errors[0]?.extensions as Record<string, unknown> | undefined) ?? null;
}

export function apiErrorCode(error: ErrorLike | undefined | null): ApiErrorCode | 'NETWORK' | null {
  if (!error) return null;
  const code = firstExtensions(error)?.['code'];
  if (typeof code === 'string') return code as ApiErrorCode;
  return CombinedGraphQLErrors.is(error) ? null : 'NETWORK';
}

export function apiErrorReason(error: ErrorLike | undefined | null): string | null {
  const reason = firstExtensions(error)?.['reason'];
  return typeof reason === 'string' ? reason : null;
}

export function apiFieldErrors(error: ErrorLike | undefined | null): FieldError[] {
  const fields = firstExtensions(error)?.['fields'];
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldError =>
      typeof f === 'object' && f !== null && typeof (f as FieldError).field === 'string' && typeof (f as FieldError).code === 'string',
  );
}

/** True when any GraphQL error of the answer says the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: ErrorLike | undefined | null): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}
