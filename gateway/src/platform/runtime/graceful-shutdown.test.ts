import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging';
import { createShutdown } from './graceful-shutdown';

/** Issue #13 §1: the order of the shutdown steps, and one sequence whatever the number of signals. */
describe('createShutdown (#13 §1)', () => {
  it.each([
    [1_500, ['readiness off', 'sleep 1500', 'close http', 'stop worker', 'http closed', 'worker stopped', 'close resources']],
    [0, ['readiness off', 'close http', 'stop worker', 'http closed', 'worker stopped', 'close resources']],
  ])('drain %i ms: readiness first, then the drain, then listener and worker together, resources last', async (drainMs, expected) => {
    const steps: string[] = [];
    const shutdown = createShutdown(
      {
        leaveLoadBalancer: () => void steps.push('readiness off'),
        drainMs,
        closeHttp: async () => {
          steps.push('close http');
          await Promise.resolve();
          steps.push('http closed');
        },
        stopWorker: async () => {
          steps.push('stop worker');
          await Promise.resolve();
          steps.push('worker stopped');
        },
        closeResources: async () => void steps.push('close resources'),
      },
      createLogger('silent'),
      async (ms) => void steps.push(`sleep ${ms}`),
    );
    const first = shutdown('SIGTERM');
    // A second signal (Ctrl-C twice, SIGINT after SIGTERM) joins the running sequence.
    const second = shutdown('SIGINT');
    expect(second).toBe(first);
    await first;
    expect(steps).toEqual(expected);
  });

  it('still closes the resources when closing the listener or stopping the worker fails', async () => {
    const steps: string[] = [];
    await createShutdown(
      {
        leaveLoadBalancer: () => undefined,
        drainMs: 0,
        closeHttp: () => Promise.reject(new Error('server is not running')),
        stopWorker: async () => void steps.push('worker stopped'),
        closeResources: async () => void steps.push('orm closed'),
      },
      createLogger('silent'),
    )('SIGTERM');
    expect(steps).toEqual(['worker stopped', 'orm closed']);
  });
});
