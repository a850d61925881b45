// API-3: what the gateway says went wrong, read from a response's GraphQL errors — one reader for every
// tab. It takes the errors themselves (Apollo's `CombinedGraphQLErrors.errors`, or a response body's
// `errors`), so the kit stays free of any GraphQL client.

/** What the kit reads of one GraphQL error (the gateway's `extensions`). */
export interface GraphQLErrorLike {
  readonly extensions?: Readonly<Record<string, unknown>> | null;
}

export interface GraphQLProblems {
  /** The first error's `extensions.code`: FORBIDDEN, BAD_USER_INPUT, NOT_FOUND… */
  code: string | null;
  /** The first error's `extensions.reason`, e.g. LAST_ADMINISTRATOR or SAME_APPROVER. */
  reason: string | null;
  /** The most precise of the two: the reason, else the code. */
  preciseCode: string | null;
  /** Every error's `extensions.code`, in order (a page may fail on several fields). */
  codes: string[];
  /** BAD_USER_INPUT's `extensions.fields` of every error, as { field: [code, …] } (a password may break several rules). */
  fields: Record<string, string[]>;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function fieldProblems(fields: unknown, into: Record<string, string[]>): void {
  if (!Array.isArray(fields)) return;
  for (const item of fields as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const field = text((item as { field?: unknown }).field);
    const code = text((item as { code?: unknown }).code);
    if (field !== null && code !== null) (into[field] ??= []).push(code);
  }
}

/** Every error's `extensions.code`, in order. Small on its own: the contracts tab (first screen) needs only this. */
export function graphQLErrorCodes(errors: readonly GraphQLErrorLike[] | null | undefined): string[] {
  const codes: string[] = [];
  for (const error of errors ?? []) {
    const code = text(error.extensions?.['code']);
    if (code !== null) codes.push(code);
  }
  return codes;
}

/** The problems in a list of GraphQL errors; no errors (a network failure, a success) → all empty. */
export function graphQLProblems(errors: readonly GraphQLErrorLike[] | null | undefined): GraphQLProblems {
  const list = errors ?? [];
  const first = list[0]?.extensions ?? {};
  const code = text(first['code']);
  const reason = text(first['reason']);
  const fields: Record<string, string[]> = {};
  for (const error of list) fieldProblems(error.extensions?.['fields'], fields);
  return { code, reason, preciseCode: reason ?? code, codes: graphQLErrorCodes(list), fields };
}

/** { field: [code, …] } → { field: code }, for forms that show one problem per field: the last one given wins. */
export function oneProblemPerField(fields: Readonly<Record<string, readonly string[]>>): Record<string, string> {
  const one: Record<string, string> = {};
  for (const [field, codes] of Object.entries(fields)) {
    const last = codes.at(-1);
    if (last !== undefined) one[field] = last;
  }
  return one;
}
