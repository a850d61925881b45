import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/** The first error's `extensions.code` (API-3): FORBIDDEN, BAD_USER_INPUT, NOT_FOUND… */
export function errorCode(error: ErrorLike | undefined | null): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

/** The first error's `extensions.reason`, e.g. LAST_ADMINISTRATOR or NOT_CREATOR. */
export function errorReason(error: ErrorLike | undefined | null): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.['reason'];
  return typeof reason === 'string' ? reason : null;
}

/** BAD_USER_INPUT's `extensions.fields` as { field: [code, …] } (a password may break several rules). */
export function fieldProblemsOf(error: ErrorLike | undefined | null): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (!CombinedGraphQLErrors.is(error)) return problems;
  for (const e of error.errors) {
    const fields = e.extensions?.['fields'];
    if (!Array.isArray(fields)) continue;
    for (const item of fields as unknown[]) {
      if (item && typeof item === 'object' && 'field' in item && 'code' in item) {
        const { field, code } = item as { field: unknown; code: unknown };
        if (typeof field === 'string' && typeof code === 'string') (problems[field] ??= []).push(code);
      }
    }
  }
  return problems;
}
