import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../test/test-gateway';
import { allowanceSlice, RequestBudgets } from './rate-limiter';

/** API-4: 600 requests per minute per session or token, counted together by every replica. */
describe('request budgets (API-4)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  const at = (seconds: number) => new Date(Date.UTC(2026, 10, 26, 10, 0, 0) + seconds * 1000);

  it('allows 600 requests in a minute, refuses the 601st, and allows again in the next minute', async () => {
    const budgets = new RequestBudgets();
    const em = t.orm.em.fork();
    const answers: boolean[] = [];
    for (let i = 0; i < 601; i += 1) answers.push(await budgets.hit(em, 'session:one', 600, at(i * 0.05)));
    expect(answers.slice(0, 600).every(Boolean)).toBe(true);
    expect(answers[600]).toBe(false);
    expect(await budgets.hit(em, 'session:one', 600, at(61))).toBe(true);
  });

  it('writes the shared counter in batches, not once per request', async () => {
    const budgets = new RequestBudgets();
    const em = t.orm.em.fork();
    const statements = await t.countStatements(async () => {
      for (let i = 0; i < 100; i += 1) await budgets.hit(em, 'session:batched', 600, at(i * 0.001));
    });
    expect(statements).toBe(4);
  });

  it('two replicas never accept more than the limit together: exactly 600 of 800 alternating requests (#13 §6)', async () => {
    const replicaA = new RequestBudgets();
    const replicaB = new RequestBudgets();
    const em = t.orm.em.fork();
    let allowed = 0;
    for (let i = 0; i < 800; i += 1) {
      const replica = i % 2 === 0 ? replicaA : replicaB;
      if (await replica.hit(em, 'token:shared', 600, at(i * 0.01))) allowed += 1;
    }
    expect(allowed).toBe(600);
  });

  it('bursts on five replicas in turn accept at most the limit, and the next window starts afresh (#13 §6)', async () => {
    const replicas = Array.from({ length: 5 }, () => new RequestBudgets());
    const em = t.orm.em.fork();
    let allowed = 0;
    // 30 requests on one replica, then the next: a slice is reserved, then left unused
    for (let i = 0; i < 300; i += 1) if (await replicas[Math.floor(i / 30) % 5]!.hit(em, 'session:bursts', 50, at(i * 0.1))) allowed += 1;
    expect(allowed).toBe(50);
    expect(await replicas[0]!.hit(em, 'session:bursts', 50, at(61))).toBe(true);
  });
});

describe('refused requests (#13 §6, API-4)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it('once the window is used up, a replica refuses without asking the database again, until the window ends', async () => {
    const budgets = new RequestBudgets();
    const em = t.orm.em.fork();
    const at = (seconds: number) => new Date(Date.UTC(2026, 10, 26, 11, 0, 0) + seconds * 1000);
    for (let i = 0; i < 10; i += 1) expect(await budgets.hit(em, 'token:exhausted', 10, at(i))).toBe(true);
    expect(await budgets.hit(em, 'token:exhausted', 10, at(20))).toBe(false);
    const refused: boolean[] = [];
    const statements = await t.countStatements(async () => {
      for (let i = 0; i < 50; i += 1) refused.push(await budgets.hit(em, 'token:exhausted', 10, at(21 + i * 0.5)));
    });
    expect([statements, refused.filter(Boolean).length]).toEqual([0, 0]);
    expect(await budgets.hit(em, 'token:exhausted', 10, at(60))).toBe(true);
  });
});

describe('allowance slices (#13 §6, API-4)', () => {
  it.each([
    [600, 0, 25],
    [600, 590, 1],
    [600, 560, 4],
    [50, 0, 5],
    [50, 45, 1],
    [50, 49, 1],
    [50, 80, 1],
    [1, 0, 1],
  ])('limit %i, %i taken → asks for %i', (limit, taken, slice) => {
    expect(allowanceSlice(limit, taken, 25)).toBe(slice);
  });
});
