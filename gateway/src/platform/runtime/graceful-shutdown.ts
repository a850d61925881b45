import type { Logger } from '../logging';

/** What a process owns, in the order it lets go of it on SIGTERM/SIGINT. */
export interface ShutdownSteps {
  /** /readyz answers 503 from now on; requests are still served. */
  leaveLoadBalancer(): void;
  /** How long to keep serving after that, for the load balancer's probes to notice. */
  drainMs: number;
  /** Closes the listener and resolves once requests in flight have completed (bounded by the grace). */
  closeHttp(): Promise<void>;
  /** Resolves once the outbox worker has finished its current message. */
  stopWorker(): Promise<void>;
  /** Mail transport, ORM, metrics listener: closed last, when nothing uses them any more. */
  closeResources(): Promise<void>;
}

/**
 * The one shutdown sequence of a process (Apollo's own signal handlers are off): readiness first,
 * then the drain delay, then the listener closes while the worker finishes its message, then the
 * resources. Resolves when everything is closed; each step runs once, whatever the number of signals.
 */
export function createShutdown(steps: ShutdownSteps, logger: Logger, sleep = defaultSleep): (reason: string) => Promise<void> {
  let running: Promise<void> | null = null;
  return (reason) => {
    running ??= (async () => {
      const started = Date.now();
      logger.info('shutting down: readiness off, draining', { reason, drainMs: steps.drainMs });
      steps.leaveLoadBalancer();
      if (steps.drainMs > 0) await sleep(steps.drainMs);
      logger.info('shutting down: listener closed, finishing requests in flight and the current message');
      const results = await Promise.allSettled([steps.closeHttp(), steps.stopWorker()]);
      for (const result of results)
        if (result.status === 'rejected') logger.error('shutdown step failed', { error: String(result.reason) });
      await steps.closeResources();
      logger.info('shut down', { reason, tookMs: Date.now() - started });
    })();
    return running;
  };
}

/**
 * Runs `shutdown` on SIGTERM and SIGINT, then exits 0; exits 1 if it has not finished after
 * `backstopMs` (a step that hangs must not keep a replica alive forever).
 */
export function exitOnTerminationSignals(shutdown: (reason: string) => Promise<void>, backstopMs: number, logger: Logger): void {
  const onSignal = (signal: NodeJS.Signals) => {
    const backstop = setTimeout(() => {
      logger.error('shutdown did not finish in time: forced exit', { signal, backstopMs });
      process.exit(1);
    }, backstopMs);
    backstop.unref();
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { signal, error: error instanceof Error ? error.stack : String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
