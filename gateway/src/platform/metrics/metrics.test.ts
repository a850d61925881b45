import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedMailTransport, enqueueMail, smtpTransport } from '../../modules/notifications';
import { activate, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { createLogger } from '../logging';
import { errorCodeLabel, OperationNameLabels } from './graphql-metrics';
import { startMetricsServer, type MetricsServer } from './metrics-server';

/** Issue #13 §2, X-6: Prometheus metrics on their own listener, with bounded labels. */
let t: TestGateway;
let base: string;
let metrics: MetricsServer;
let guarded: MetricsServer;
let loginId: string;
let signedIn: HttpClient;
const TOKEN = 'metrics-token-0123456789abcdef';

beforeAll(async () => {
  t = await startTestGateway();
  const credentials = await provisionAtelierAdministrator(t);
  loginId = credentials.loginId;
  const client = await t.client();
  base = client.base;
  await activate(client, credentials.loginId, credentials.temporaryPassword);
  signedIn = client;
  const logger = createLogger('silent');
  metrics = await startMetricsServer({ port: 0, host: '127.0.0.1', token: null }, { orm: t.orm, clock: t.clock, logger });
  guarded = await startMetricsServer({ port: 0, host: '127.0.0.1', token: TOKEN }, { orm: t.orm, clock: t.clock, logger });
}, 120_000);

afterAll(async () => {
  await metrics.close();
  await guarded.close();
  await t.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(metrics.url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return response.text();
}

/** The value of one sample, e.g. value(text, 'graphql_errors_total', { code: 'NOT_FOUND' }); undefined when absent. */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.keys(labels).length === Object.keys(found).length && Object.entries(labels).every(([k, v]) => found[k] === v))
      return Number(match[3]);
  }
  return undefined;
}

const graphql = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
  });

describe('Prometheus metrics (#13 §2, X-6)', () => {
  it('are never served on the public origin', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('http_request_duration_seconds');
  });

  it('need the token when METRICS_TOKEN is set', async () => {
    const without = await fetch(guarded.url);
    expect([without.status, without.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
    expect((await fetch(guarded.url, { headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(401);
    const withToken = await fetch(guarded.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain('# TYPE http_request_duration_seconds histogram');
    expect((await fetch(guarded.url.replace('/metrics', '/other'), { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });

  it('time HTTP requests by route template, never by raw URL', async () => {
    const before = await scrape();
    const key = { method: 'GET', route: '/documents/:id/pdf', status: '401' };
    const was = value(before, 'http_request_duration_seconds_count', key) ?? 0;
    for (const id of ['1f0e8c9a-0000-4000-8000-000000000001', '1f0e8c9a-0000-4000-8000-000000000002', 'x']) {
      expect((await fetch(`${base}/documents/${id}/pdf`)).status).toBe(401);
    }
    expect((await fetch(`${base}/no/such/page?x=1`, { headers: { accept: 'application/json' } })).status).toBe(404);
    const after = await scrape();
    expect(value(after, 'http_request_duration_seconds_count', key)).toBe(was + 3);
    expect(
      value(after, 'http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' }),
    ).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain('1f0e8c9a');
    expect(after).not.toContain('/no/such/page');
  });

  it('time GraphQL operations by name, count errors by code, and bucket invented names once the cap is reached', async () => {
    const was = value(await scrape(), 'graphql_operation_duration_seconds_count', { operation: 'HelpQuestions', type: 'query' }) ?? 0;
    const errorsWere = value(await scrape(), 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' }) ?? 0;
    expect((await graphql('query HelpQuestions { __typename }')).status).toBe(200);
    expect((await graphql('query HelpQuestions { __typename }')).status).toBe(200);
    expect((await graphql('{ noSuchField }')).status).toBe(400);
    const after = await scrape();
    expect(value(after, 'graphql_operation_duration_seconds_count', { operation: 'HelpQuestions', type: 'query' })).toBe(was + 2);
    expect(value(after, 'graphql_operation_duration_seconds_count', { operation: 'unresolved', type: 'unknown' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(value(after, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(errorsWere + 1);
    expect(
      value(after, 'http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' }),
    ).toBeGreaterThanOrEqual(2);
  });

  it('count refused sign-ins by reason and lockouts', async () => {
    const before = await scrape();
    const failuresWere = value(before, 'sign_in_failures_total', { reason: 'INVALID_CREDENTIALS' }) ?? 0;
    const lockedWere = value(before, 'sign_in_failures_total', { reason: 'LOGIN_LOCKED' }) ?? 0;
    const lockoutsWere = value(before, 'sign_in_lockouts_total') ?? 0;
    const client = await t.client();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn(client, loginId, 'Wrong-Password#123')).errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    // #11 §5: a locked id answers exactly like an unknown one, so the refusal counts as invalid credentials;
    // the lock itself shows in sign_in_lockouts_total.
    expect((await signIn(client, loginId, 'Wrong-Password#123')).errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    const after = await scrape();
    expect(value(after, 'sign_in_failures_total', { reason: 'INVALID_CREDENTIALS' })).toBe(failuresWere + 6);
    expect(value(after, 'sign_in_failures_total', { reason: 'LOGIN_LOCKED' }) ?? 0).toBe(lockedWere);
    expect(value(after, 'sign_in_lockouts_total')).toBe(lockoutsWere + 1);
    expect(value(after, 'graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBeGreaterThanOrEqual(5);
  });

  it('report outbox depth, the age of the oldest unsent message and retries, from one SQL statement per scrape', async () => {
    await t.runWorker();
    const em = t.orm.em.fork();
    const tenMinutesAgo = new Date(t.clock.now().getTime() - 600_000);
    const template = { kind: 'password-changed' as const, name: 'Claire', portalUrl: 'https://portal.example' };
    enqueueMail(em, { to: 'a@example.be', language: 'fr', template }, tenMinutesAgo);
    const retried = enqueueMail(em, { to: 'b@example.be', language: 'nl', template }, new Date(t.clock.now().getTime() - 60_000));
    retried.attempts = 2;
    await em.flush();
    let statements = 0;
    const text = await (async () => {
      let result = '';
      statements = await t.countStatements(async () => {
        result = await scrape();
      });
      return result;
    })();
    expect(value(text, 'outbox_unsent_messages', { topic: 'mail' })).toBe(2);
    expect(value(text, 'outbox_oldest_unsent_age_seconds', { topic: 'mail' })).toBe(600);
    expect(value(text, 'outbox_retrying_messages', { topic: 'mail' })).toBe(1);
    expect(statements).toBe(1);
    await t.runWorker();
    const drained = await scrape();
    expect(value(drained, 'outbox_unsent_messages', { topic: 'mail' })).toBe(0);
    expect(value(drained, 'outbox_oldest_unsent_age_seconds', { topic: 'mail' })).toBe(0);
  });

  it('report database pool use and query durations, and the process: heap, event-loop lag', async () => {
    // A signed-in request reads its session through the lean reader.
    expect((await signedIn.gql<{ me: { loginId: string } }>('{ me { loginId } }')).data?.me.loginId).toBe(loginId);
    const text = await scrape();
    expect(value(text, 'db_pool_connections', { state: 'max' })).toBe(process.env.DATABASE_URL ? 10 : 1);
    expect(value(text, 'db_pool_connections', { state: 'pending' })).toBe(0);
    expect(value(text, 'db_query_duration_seconds_count', { path: 'orm' })).toBeGreaterThan(10);
    expect(value(text, 'db_query_duration_seconds_count', { path: 'reader' })).toBeGreaterThan(0);
    expect(value(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(1_000_000);
    expect(value(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
  });

  it('count mails the SMTP server accepted and refused', async () => {
    let refuse = 1;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => {
          if (refuse-- > 0) callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          else callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const transport = countedMailTransport(
      smtpTransport(`smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, 'cc@example.be'),
    );
    const before = await scrape();
    const mail = {
      to: 'c@example.be',
      subject: 'S',
      text: 'T',
      html: '<p>T</p>',
      messageId: '<m1@customer-corner>',
      template: 'password-changed' as const,
      language: 'en',
    };
    await expect(transport.send(mail)).rejects.toThrow(/451/);
    await transport.send(mail);
    transport.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const after = await scrape();
    expect(value(after, 'mails_failed_total')).toBe((value(before, 'mails_failed_total') ?? 0) + 1);
    expect(value(after, 'mails_sent_total')).toBe((value(before, 'mails_sent_total') ?? 0) + 1);
  });
});

describe('bounded labels (#13 §2)', () => {
  it.each([
    [
      ['GetContracts', 'GetContracts', 'Other1', 'Other2', 'Other3'],
      ['GetContracts', 'GetContracts', 'Other1', 'other', 'other'],
    ],
    [
      [null, undefined, ''],
      ['anonymous', 'anonymous', 'anonymous'],
    ],
    [
      ['has space', 'x'.repeat(65)],
      ['other', 'other'],
    ],
  ])('operation names %j → %j (cap 2)', (names, labels) => {
    const kept = new OperationNameLabels(2);
    expect(names.map((name) => kept.label(name))).toEqual(labels);
  });

  it.each([
    ['NOT_FOUND', 'NOT_FOUND'],
    ['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
    ['MADE_UP_BY_A_CALLER', 'OTHER'],
    [undefined, 'OTHER'],
  ])('error code %s → %s', (code, label) => {
    expect(errorCodeLabel(code)).toBe(label);
  });
});
