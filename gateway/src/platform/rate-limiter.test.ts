import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../test/test-gateway';
import { RequestBudgets } from './rate-limiter';

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

  it('two replicas count together: the budget runs out after 600 requests in all, give or take one batch each', async () => {
    const replicaA = new RequestBudgets();
    const replicaB = new RequestBudgets();
    const em = t.orm.em.fork();
    let allowed = 0;
    let firstRefusal = -1;
    for (let i = 0; i < 800; i += 1) {
      const replica = i % 2 === 0 ? replicaA : replicaB;
      const ok = await replica.hit(em, 'token:shared', 600, at(i * 0.01));
      if (ok) allowed += 1;
      else if (firstRefusal < 0) firstRefusal = i;
    }
    expect(firstRefusal).toBeGreaterThanOrEqual(600);
    expect(allowed).toBeLessThanOrEqual(600 + 2 * 25);
  });
});
