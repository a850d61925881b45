import 'reflect-metadata';
import { loadConfig } from '../platform/config';
import { systemClock } from '../platform/clock';
import { openDatabase } from '../app/database';
import { createLogger } from '../platform/logging';
import { countedMailTransport, devMailboxTransport, smtpTransport } from '../modules/notifications';
import { createBackgroundWorker } from '../app/background-worker';
import { settingsOf } from '../platform/graphql/gateway-settings';
import { createShutdown, exitOnTerminationSignals } from '../platform/runtime/graceful-shutdown';
import { startMetricsServer } from '../platform/metrics/metrics-server';

/** The outbox worker as its own process (production: gateways run with WORKER=off, one or more of these). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, { service: 'worker' });
  const orm = await openDatabase(config.database);
  const transport = countedMailTransport(config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : devMailboxTransport);
  const worker = createBackgroundWorker({
    orm,
    settings: settingsOf(config),
    transport,
    clock: systemClock,
    logger,
    leaseMs: config.outboxLeaseMs,
  });
  worker.start(config.outboxPollMs);
  logger.info('worker started', { smtp: Boolean(config.smtpUrl) });
  // The worker's own counters (mails sent/failed) live in this process: it has its own METRICS_PORT.
  const metrics = config.metrics ? await startMetricsServer(config.metrics, { orm, clock: systemClock, logger }) : null;
  if (metrics) logger.info('metrics listening', { url: metrics.url, token: config.metrics?.token !== null });
  // the worker finishes the message it is sending, then the transport and the ORM close; exit 0.
  const shutdown = createShutdown(
    {
      leaveLoadBalancer: () => undefined,
      drainMs: 0,
      closeHttp: async () => undefined,
      stopWorker: () => worker.stop(),
      closeResources: async () => {
        await metrics?.close();
        transport.close();
        await orm.close();
      },
    },
    logger,
  );
  exitOnTerminationSignals(shutdown, config.shutdownGraceMs + 5_000, logger);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
