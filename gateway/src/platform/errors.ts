/**
 * Domain errors carry one of the stable API-3 codes; the GraphQL layer maps them in one place
 * (graphql/format-error.ts). Anything else is an unexpected error: logged, shown as a generic message.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'RATE_LIMITED' | 'CONFLICT';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { reason?: string; fields?: FieldProblem[] } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string): DomainError => new DomainError('NOT_FOUND', `${what} not found`);

export const badInput = (message: string, fields: FieldProblem[] = [], reason?: string): DomainError =>
  new DomainError('BAD_USER_INPUT', message, { fields, reason });

/** A record of a core-system batch that cannot be taken (INT-1). */
export interface IngestionProblem {
  /** e.g. "contracts[3]" */
  record: string;
  upstreamId?: string;
  /** e.g. "installments[2].dueDate" */
  field: string;
  message: string;
}

/** The whole batch is refused and nothing was written. */
export class IngestionRejected extends Error {
  constructor(readonly problems: IngestionProblem[]) {
    const first = problems[0];
    super(
      first
        ? `Batch rejected, nothing was changed: ${first.record}${first.upstreamId ? ` (${first.upstreamId})` : ''} ${first.field}: ${first.message}` +
            (problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '')
        : 'Batch rejected, nothing was changed',
    );
    this.name = 'IngestionRejected';
  }
}
