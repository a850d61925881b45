import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { CoreValidationError } from '../../core/core-error';
import { DomainError } from '../errors';
import type { Logger } from '../logging';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE } from '../service-unavailable';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place where errors become what a client sees (API-3): domain errors keep their stable code,
 * input validation becomes BAD_USER_INPUT, and anything unexpected is logged and shown generically,
 * never with a stack trace.
 */
export function createErrorFormatter(logger: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.details.reason ? { reason: original.details.reason } : {}),
          ...(original.details.fields?.length ? { fields: original.details.fields } : {}),
        },
      };
    }
    if (original instanceof CoreValidationError) {
      // A pure core (the amortization engine…) refused data read from the database: a broken
      // invariant in stored data, not the caller's input. The field answers its own code (#11 §4).
      logger.warn('stored data refused by a core', { code: original.code, field: original.field, path: formatted.path });
      return {
        ...base,
        message: 'This item cannot be shown: its stored data is inconsistent. Customer Services can correct it.',
        extensions: { code: 'DATA_INCONSISTENT', reason: original.code },
      };
    }
    if (original instanceof ArgumentValidationError) {
      return {
        ...base,
        message: 'Some arguments are not valid',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: original.extensions.validationErrors?.map((e) => ({
            field: e.property,
            code: 'INVALID',
            message: Object.values(e.constraints ?? {}).join('; '),
          })),
        },
      };
    }
    const ownCode = original instanceof GraphQLError ? original.extensions?.code : undefined;
    if (ownCode === SERVICE_UNAVAILABLE || isDatabaseUnavailable(original)) {
      logger.warn('database unavailable', { error: original instanceof Error ? original.message : String(original) });
      return { ...base, message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: SERVICE_UNAVAILABLE } };
    }
    if (typeof ownCode === 'string' && CLIENT_CODES.has(ownCode)) {
      return { ...base, message: (original as GraphQLError).message, extensions: { code: ownCode } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    if (original instanceof GraphQLError && !original.originalError && formatted.extensions?.code === undefined) {
      return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error('unexpected error', { error: original instanceof Error ? (original.stack ?? original.message) : String(original) });
    return {
      ...base,
      message: exposeDetails && original instanceof Error ? original.message : 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
