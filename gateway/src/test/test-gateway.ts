import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Principal } from '../platform/auth/principal';
import type { Clock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { migrate, openDatabase, type DatabaseConfig } from '../app/database';
import { createScratchDatabase } from '../platform/db/scratch-database';
import { createContext } from '../platform/graphql/context';
import { TEST_SETTINGS } from './test-settings';
import { gatewaySchema } from '../app/schema';
import { createLogger } from '../platform/logging';
import { IngestionService, type IngestionSummary } from '../modules/integration';
import { createGateway, type Gateway } from '../app/server';
import { settingsOf } from '../platform/graphql/gateway-settings';
import { OutboxMessage } from '../platform/outbox/outbox-message.entity';
import { devMailboxTransport, type MailPayload } from '../modules/notifications';
import { createBackgroundWorker } from '../app/background-worker';
import { moduleRoutes } from '../app/routes';
import { HttpClient } from './http-client';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestGateway {
  orm: MikroORM;
  gateway: Gateway;
  clock: Clock;
  /** UPLOAD_DIR of this gateway: a fresh temporary folder, removed by close(). */
  uploadDir: string;
  /** Moves the gateway's clock (ISO instant). */
  setNow(iso: string): void;
  /** Runs the outbox worker until nothing is due (mail, provisioning, reminders). */
  runWorker(): Promise<void>;
  /** Every e-mail written to the outbox, oldest first. */
  mails(): Promise<MailPayload[]>;
  /** A browser-like client with its own cookie jar, against the listening gateway. */
  client(): Promise<HttpClient>;
  ingest(batch: unknown): Promise<IngestionSummary>;
  /** Runs a real GraphQL operation through Apollo against the real database. */
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    principal?: Principal | null,
  ): Promise<GraphQLResult<T>>;
  /** SQL statements run while `work` runs. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * A gateway on a fresh database: a SQLite file, or a new PostgreSQL database when DATABASE_URL is set.
 * Each test file gets its own, so files run in parallel without seeing each other's rows.
 */
export async function startTestGateway(
  options: {
    today?: string;
    /** A PostgreSQL server to use instead of DATABASE_URL (or SQLite). */
    postgresUrl?: string;
    /** How the gateway reaches its database, e.g. through a proxy the test stops (#13 §5). */
    connectThrough?: (database: DatabaseConfig) => DatabaseConfig;
    /** Extra environment for the gateway's configuration (#11 §3). */
    env?: Record<string, string>;
  } = {},
): Promise<TestGateway> {
  let now = new Date(`${options.today ?? '2026-11-26'}T10:00:00.000Z`);
  const clock: Clock = { now: () => new Date(now.getTime()) };
  const scratch = await createScratchDatabase(options.postgresUrl ?? process.env.DATABASE_URL);
  let recording: string[] | null = null;
  const orm = await openDatabase(options.connectThrough?.(scratch.database) ?? scratch.database, {
    onQuery: (message) => {
      // eslint-disable-next-line no-control-regex
      const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
      if (process.env.TEST_SQL === '1') console.log(plain);
      if (recording && /^\[query\] (select|insert|update|delete|with)\b/i.test(plain)) recording.push(plain);
    },
  });
  await migrate(orm);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    INGEST_SECRET: 'test-ingest-secret-0123456789abcdef',
    SECRET_KEY: TEST_SETTINGS.secretKey,
    UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'customer-corner-uploads-')),
    ...options.env,
  });
  const gateway = await createGateway({
    config,
    orm,
    schema: await gatewaySchema(),
    logger: createLogger(process.env.TEST_LOG === '1' ? 'debug' : 'silent'),
    clock,
    routes: moduleRoutes(config),
  });
  const ingestion = new IngestionService(orm, clock);
  const worker = createBackgroundWorker({
    orm,
    settings: settingsOf(config),
    transport: devMailboxTransport,
    clock,
    logger: createLogger('silent'),
  });
  let base: string | null = null;
  return {
    orm,
    gateway,
    clock,
    uploadDir: config.uploadDir,
    setNow: (iso) => {
      now = new Date(iso);
    },
    async runWorker() {
      for (let round = 0; round < 20 && (await worker.runOnce()) > 0; round += 1);
    },
    async mails() {
      const messages = await orm.em.fork().find(OutboxMessage, { topic: 'mail' }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return messages.map((m) => JSON.parse(m.payload) as MailPayload);
    },
    async client() {
      base ??= await gateway.listen();
      return new HttpClient(base);
    },
    ingest: (batch) => ingestion.ingest(batch),
    async execute<T>(query: string, variables: Record<string, unknown> = {}, principal: Principal | null = null) {
      const response = await gateway.apollo.executeOperation(
        { query, variables },
        { contextValue: createContext({ requestId: 'test', em: orm.em.fork(), principal, clock, settings: settingsOf(config) }) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      return response.body.singleResult as GraphQLResult<T>;
    },
    async countStatements(work) {
      recording = [];
      try {
        await work();
        return recording.length;
      } finally {
        recording = null;
      }
    },
    async close() {
      await gateway.stop();
      await orm.close(true);
      await scratch.drop();
      rmSync(config.uploadDir, { recursive: true, force: true });
    },
  };
}

export const customerAdmin = (customerId: string): Principal => ({
  kind: 'customer-user',
  userId: `user-of-${customerId}`,
  customerId,
  profile: 'ADMINISTRATOR',
});

export const customerViewer = (customerId: string): Principal => ({
  kind: 'customer-user',
  userId: `viewer-of-${customerId}`,
  customerId,
  profile: 'VIEWER',
});
