/**
 * The single failure type of the pure cores. `code` is a stable UPPER_SNAKE identifier the
 * GraphQL layer maps to user-facing errors; `field` names the offending input when known.
 */
export class CoreValidationError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CoreValidationError';
  }
}
