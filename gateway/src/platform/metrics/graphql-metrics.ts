import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlErrors, graphqlOperationDuration, signInFailures } from './instruments';

/** The published codes (docs/partners.md, API-3) and Apollo's own; anything else counts as OTHER. */
const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Reasons of a refused sign-in, activation or reset (identity module, ACC-6). */
const SIGN_IN_REFUSALS = new Set(['INVALID_CREDENTIALS', 'LOGIN_LOCKED', 'IP_THROTTLED']);

export const MAX_OPERATION_NAMES = 100;

export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER';
}

/**
 * Operation names are chosen by callers: the first `cap` distinct names of valid operations keep
 * their own series, later ones share "other", so a caller inventing names cannot grow the metrics
 * without bound. The portal's own operations are all seen within minutes of a start.
 */
export class OperationNameLabels {
  private readonly kept = new Set<string>();

  constructor(private readonly cap = MAX_OPERATION_NAMES) {}

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.kept.has(name)) return name;
    if (this.kept.size >= this.cap || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    this.kept.add(name);
    return name;
  }
}

/** Duration by operation, errors by code and refused sign-ins by reason, read from each answer. */
export function graphqlMetricsPlugin(names = new OperationNameLabels()): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      const started = performance.now();
      // Stays "unresolved" when the document does not parse or validate: those names are not counted.
      let operation = 'unresolved';
      let type = 'unknown';
      return {
        async didResolveOperation(context) {
          operation = names.label(context.operationName);
          type = context.operation?.operation ?? 'unknown';
        },
        async willSendResponse({ response }) {
          graphqlOperationDuration.observe({ operation, type }, (performance.now() - started) / 1000);
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            graphqlErrors.inc({ code: errorCodeLabel(error.extensions?.code) });
            const reason = error.extensions?.reason;
            if (typeof reason === 'string' && SIGN_IN_REFUSALS.has(reason)) signInFailures.inc({ reason });
          }
        },
      };
    },
    // The session could not be read (e.g. the database is away): no operation ran.
    async contextCreationDidFail({ error }) {
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      graphqlErrors.inc({ code: code === undefined ? 'INTERNAL_SERVER_ERROR' : errorCodeLabel(code) });
    },
  };
}
