import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/** The stable code of a GraphQL error (API-3): FORBIDDEN, BAD_USER_INPUT, NOT_FOUND… */
export function errorCode(error: ErrorLike | undefined): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

/** BAD_USER_INPUT's `extensions.fields` as { field: code }, e.g. { 'bankDetails.iban': 'IBAN_CHECKSUM' }. */
export function fieldProblemsOf(error: ErrorLike | undefined): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return problems;
  for (const e of error.errors) {
    const fields = e.extensions?.['fields'];
    if (!Array.isArray(fields)) continue;
    for (const item of fields as unknown[]) {
      if (item && typeof item === 'object' && 'field' in item && 'code' in item) {
        const { field, code } = item as { field: unknown; code: unknown };
        if (typeof field === 'string' && typeof code === 'string') problems[field] = code;
      }
    }
  }
  return problems;
}
