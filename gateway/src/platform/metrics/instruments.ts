import { Counter, Histogram, Registry } from 'prom-client';

/**
 * Every Prometheus metric of a gateway or worker process (X-6, issue #13 §2), in one registry of
 * its own (never prom-client's global one). Label values are bounded: route templates, operation
 * names capped in number, known error codes — never raw URLs, ids or user input.
 * The README's "Deploying at scale" lists each metric; keep both in step.
 */
export const metricsRegistry = new Registry();

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP requests by method, route template and status code, from the first byte in to the last byte out',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const graphqlOperationDuration = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'GraphQL operations by operation name (anonymous, other past the cap, unresolved when it did not parse or validate) and type',
  labelNames: ['operation', 'type'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors in GraphQL answers by extensions.code (OTHER for a code outside the published list)',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const dbQueryDuration = new Histogram({
  name: 'db_query_duration_seconds',
  help: 'SQL statements by path: orm (MikroORM, reads and writes) or reader (the lean read path of hot pages)',
  labelNames: ['path'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [metricsRegistry],
});

// db_pool_connections and the outbox gauges are read at scrape time: database-metrics.ts.

export const mailsSent = new Counter({
  name: 'mails_sent_total',
  help: 'E-mails the SMTP server accepted (by this process)',
  registers: [metricsRegistry],
});

export const mailsFailed = new Counter({
  name: 'mails_failed_total',
  help: 'Attempts to send an e-mail that the SMTP server refused or that broke; each is retried later with back-off, never dropped',
  registers: [metricsRegistry],
});

export const signInFailures = new Counter({
  name: 'sign_in_failures_total',
  help: 'Refused sign-in and activation attempts by reason: INVALID_CREDENTIALS, LOGIN_LOCKED, IP_THROTTLED',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});

export const signInLockouts = new Counter({
  name: 'sign_in_lockouts_total',
  help: 'Accounts locked for 15 minutes after 5 failed attempts (ACC-6)',
  registers: [metricsRegistry],
});
