import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/core';
import { migrate, openDatabase } from './database';
import { ConfigError, loadConfig } from '../platform/config';
import { createScratchDatabase, type ScratchDatabase } from '../platform/db/scratch-database';
import { systemClock } from '../platform/clock';
import { sha256Hex } from '../platform/auth/secrets';
import { fixtureBatch } from '../test/fixtures';
import { startGatewayProcess, type RealProcess } from '../test/processes';
import { IngestionService } from '../modules/integration';
import { Customer } from '../modules/customers';
import { ApiToken, LoginProfile } from '../modules/identity';

/**
 * Issue #15 §5: MikroORM's read replicas, configured with DATABASE_READ_URLS and tested with a second
 * connection URL. A real replica would be a streaming standby; here it is a copy of the primary made
 * with CREATE DATABASE … TEMPLATE, then changed on one side only, so every answer shows which database
 * served it: contracts and documents from the replica, the company, tokens and requests from the primary.
 * Always on PostgreSQL (the run's DATABASE_URL, else the CI's server), since SQLite has no replicas.
 */
const POSTGRES_URL = process.env.DATABASE_URL ?? process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const TOKEN_BEFORE_COPY = 'ccp_read-replica-token-before-copy-0123';
const TOKEN_AFTER_COPY = 'ccp_read-replica-token-after-copy-45678';
let primary: ScratchDatabase;
let replicaUrl: string;
let replicaName: string;
let orm: MikroORM | undefined;
let gateway: (RealProcess & { url: string }) | undefined;

async function sql(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function addToken(database: MikroORM, token: string): Promise<void> {
  const em = database.em.fork();
  em.create(ApiToken, {
    customer: await em.findOneOrFail(Customer, { customerNumber: '10000001' }),
    name: `Replica test ${token.slice(-4)}`,
    profile: LoginProfile.ADMINISTRATOR,
    tokenHash: sha256Hex(token),
    displayPrefix: token.slice(0, 12),
    expiresAt: new Date(Date.now() + 86_400_000),
    createdByLoginRef: '00000000-0000-0000-0000-000000000000',
  });
  await em.flush();
}

beforeAll(async () => {
  primary = await createScratchDatabase(POSTGRES_URL);
  if (primary.database.kind !== 'postgresql') throw new Error('the primary must be PostgreSQL');
  orm = await openDatabase(primary.database);
  await migrate(orm);
  await new IngestionService(orm, systemClock).ingest(fixtureBatch());
  await addToken(orm, TOKEN_BEFORE_COPY);
  await orm.close(true); // a template database must have no connection
  orm = undefined;

  replicaName = `${new URL(primary.database.url).pathname.slice(1)}_replica`;
  await sql(POSTGRES_URL, `CREATE DATABASE ${replicaName} TEMPLATE ${new URL(primary.database.url).pathname.slice(1)}`);
  replicaUrl = Object.assign(new URL(primary.database.url), { pathname: `/${replicaName}` }).href;

  // From here the two differ: the replica "lags" the primary.
  await sql(replicaUrl, `update contract set contract_number = contract_number || '-R'`);
  await sql(replicaUrl, `update document set number = number || '-R'`);
  await sql(primary.database.url, `update customer set name = 'Atelier Lambert (primaire)' where customer_number = '10000001'`);
  orm = await openDatabase(primary.database);
  await addToken(orm, TOKEN_AFTER_COPY); // exists on the primary only

  gateway = await startGatewayProcess({ DATABASE_URL: primary.database.url, DATABASE_READ_URLS: replicaUrl });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await orm?.close(true);
  await sql(POSTGRES_URL, `DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`).catch(() => undefined);
  await primary?.drop();
});

async function gql(
  token: string,
  query: string,
): Promise<{ data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] }> {
  const answer = await fetch(`${gateway!.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await answer.json()) as never;
}

describe('read replicas (DATABASE_READ_URLS, issue #15 §5)', () => {
  it('contracts and documents are read from the replica; the token and the company from the primary', async () => {
    // The token was created after the copy: only the primary knows it, so authentication reads the primary.
    const answer = await gql(
      TOKEN_AFTER_COPY,
      `{ company { name } contracts(first: 50, sort: { field: NUMBER, direction: ASC }) { totalCount nodes { contractNumber } }
         documents(first: 50) { totalCount nodes { number } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const data = answer.data as {
      company: { name: string };
      contracts: { totalCount: number; nodes: { contractNumber: string }[] };
      documents: { totalCount: number; nodes: { number: string }[] };
    };
    expect(data.company.name).toBe('Atelier Lambert (primaire)');
    expect(data.contracts.totalCount).toBeGreaterThan(0);
    expect(data.contracts.nodes.map((c) => c.contractNumber).every((n) => n.endsWith('-R'))).toBe(true);
    expect(data.documents.totalCount).toBeGreaterThan(0);
    expect(data.documents.nodes.map((d) => d.number).every((n) => n.endsWith('-R'))).toBe(true);
  });

  it('a contract opened by its number is read from the replica too', async () => {
    const list = await gql(
      TOKEN_BEFORE_COPY,
      `{ contracts(first: 1, sort: { field: NUMBER, direction: ASC }) { nodes { contractNumber } } }`,
    );
    const [first] = (list.data as { contracts: { nodes: { contractNumber: string }[] } }).contracts.nodes;
    const detail = await gql(TOKEN_BEFORE_COPY, `{ contractByNumber(number: "${first!.contractNumber}") { contractNumber } }`);
    expect(detail.errors).toBeUndefined();
    expect(first!.contractNumber).toMatch(/-R$/);
    expect(detail.data).toEqual({ contractByNumber: { contractNumber: first!.contractNumber } });
  });

  it('without DATABASE_READ_URLS every read is the primary (the same query shows the primary numbers)', async () => {
    const plain = await startGatewayProcess({ DATABASE_URL: primary.database.kind === 'postgresql' ? primary.database.url : '' });
    try {
      const answer = await fetch(`${plain.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN_AFTER_COPY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ contracts(first: 50) { nodes { contractNumber } } }' }),
      });
      const { data } = (await answer.json()) as { data: { contracts: { nodes: { contractNumber: string }[] } } };
      expect(data.contracts.nodes.length).toBeGreaterThan(0);
      expect(data.contracts.nodes.some((c) => c.contractNumber.endsWith('-R'))).toBe(false);
    } finally {
      await plain.stop();
    }
  }, 60_000);
});

describe('DATABASE_READ_URLS is checked at start-up', () => {
  it.each([
    [{ DATABASE_READ_URLS: 'postgresql://r@replica:5432/cc' }, 'DATABASE_READ_URLS: read replicas need DATABASE_URL (PostgreSQL)'],
    [
      { DATABASE_URL: 'postgresql://u@db:5432/cc', DATABASE_READ_URLS: 'postgresql://r@replica:5432/cc, mysql://secret@x/cc' },
      'DATABASE_READ_URLS: "mysql://…@x/cc" is not a postgresql:// URL',
    ],
  ])('%j → %s', (env, message) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).problems).toEqual([message]);
  });

  it('names each replica for the ORM', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/cc', DATABASE_READ_URLS: 'postgresql://r@r1:5432/cc,postgresql://r@r2:5432/cc' })
        .database,
    ).toEqual({
      kind: 'postgresql',
      url: 'postgresql://u@db:5432/cc',
      readUrls: ['postgresql://r@r1:5432/cc', 'postgresql://r@r2:5432/cc'],
    });
  });
});
