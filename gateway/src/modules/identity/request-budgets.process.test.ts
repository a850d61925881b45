import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { migrate, openDatabase } from '../../app/database';
import { createScratchDatabase, type ScratchDatabase } from '../../platform/db/scratch-database';
import { systemClock } from '../../platform/clock';
import { sha256Hex } from '../../platform/auth/secrets';
import { fixtureBatch } from '../../test/fixtures';
import { databaseEnv, startGatewayProcess, type RealProcess } from '../../test/processes';
import { IngestionService } from '../integration';
import { Customer } from '../customers';
import { ApiToken } from './api-token.entity';
import { LoginProfile } from './identity.enums';

/**
 * Issue #13 §6, API-4: with API_REQUESTS_PER_MINUTE=50 and two real gateway replicas on one database,
 * one token's requests in a minute are accepted up to the limit and never beyond it (the old in-memory
 * batches of 25 per replica let 68–75 through).
 */
const LIMIT = 50;
const TOKEN = 'ccp_budget-test-token-0123456789abcdef';

let scratch: ScratchDatabase;
let orm: MikroORM;
let replicas: (RealProcess & { url: string })[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_URL);
  orm = await openDatabase(scratch.database);
  await migrate(orm);
  await new IngestionService(orm, systemClock).ingest(fixtureBatch());
  const em = orm.em.fork();
  const customer = await em.findOneOrFail(Customer, { customerNumber: '10000001' });
  em.create(ApiToken, {
    customer,
    name: 'Budget test',
    profile: LoginProfile.VIEWER,
    tokenHash: sha256Hex(TOKEN),
    displayPrefix: TOKEN.slice(0, 12),
    expiresAt: new Date(Date.now() + 86_400_000),
    createdByLoginRef: '00000000-0000-0000-0000-000000000000',
  });
  await em.flush();
  const env = { ...databaseEnv(scratch.database), API_REQUESTS_PER_MINUTE: String(LIMIT), LOG_LEVEL: 'warn' };
  // "gateway listening" is an info line: ask for info, the rest stays quiet enough
  replicas = await Promise.all([startGatewayProcess({ ...env, LOG_LEVEL: 'info' }), startGatewayProcess({ ...env, LOG_LEVEL: 'info' })]);
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await orm?.close(true);
  await scratch?.drop();
});

/** One partner request; 'accepted', 'RATE_LIMITED' or whatever else came back. */
async function companyName(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: '{ company { customerNumber } }' }),
  });
  const body = (await response.json()) as {
    data?: { company?: { customerNumber: string } };
    errors?: { extensions?: { code?: string } }[];
  };
  if (body.data?.company?.customerNumber === '10000001') return 'accepted';
  return body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`;
}

describe('request budgets across replicas (issue #13 §6, API-4)', () => {
  it('two replicas, 50 per minute: 160 requests of one token in bursts of 8 on each replica → exactly 50 accepted, 110 RATE_LIMITED', async () => {
    const answers: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      // 8 at once on each replica, both replicas at the same time
      const burst = replicas.flatMap((replica) => Array.from({ length: 8 }, () => companyName(replica.url)));
      answers.push(...(await Promise.all(burst)));
    }
    const counts = answers.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a]: (acc[a] ?? 0) + 1 }), {});
    expect(counts).toEqual({ accepted: LIMIT, RATE_LIMITED: 160 - LIMIT });
  }, 60_000);
});
