import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config';
import { migrate, openDatabase } from './app/database';
import { gatewaySchema } from './app/schema';
import { createLogger } from './platform/logging';
import { seedDemoDataIfEmpty } from './seeding';
import { secretKeyProblem } from './modules/identity';
import { createGateway } from './app/server';
import { settingsOf } from './platform/graphql/gateway-settings';
import { join, dirname } from 'node:path';
import { countedMailTransport, devMailboxTransport, smtpTransport } from './modules/notifications';
import { createBackgroundWorker } from './app/background-worker';
import { systemClock } from './platform/clock';
import { createShutdown, exitOnTerminationSignals } from './platform/runtime/graceful-shutdown';
import { startMetricsServer } from './platform/metrics/metrics-server';

/** Starts one gateway process: configuration, database, migrations, demo data, HTTP, graceful stop. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, { service: 'gateway' });
  const orm = await openDatabase(config.database, config.logSql ? { onQuery: (sql) => process.stdout.write(`${sql}\n`) } : {});
  if (config.migrateOnStart) {
    const applied = await migrate(orm);
    if (applied.length) logger.info('migrations applied', { applied });
  }
  const settings = settingsOf(config);
  if (config.seedDemo) {
    const loginsFile = join(config.database.kind === 'sqlite' ? dirname(config.database.path) : 'data', 'demo-logins.json');
    const seeded = await seedDemoDataIfEmpty(orm, new Date(), settings, loginsFile);
    if (seeded) logger.info('demo data loaded', { logins: loginsFile });
  }
  const keyProblem = await secretKeyProblem(orm.em.fork(), config.secretKey); // #11 §5
  if (keyProblem) {
    console.error(keyProblem);
    await orm.close();
    process.exit(2);
  }
  const transport = countedMailTransport(config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : devMailboxTransport);
  const worker = createBackgroundWorker({ orm, settings, transport, clock: systemClock, logger, leaseMs: config.outboxLeaseMs });
  if (config.worker === 'in-process') worker.start(config.outboxPollMs);
  const gateway = await createGateway({ config, orm, schema: await gatewaySchema(), logger });
  const url = await gateway.listen();
  logger.info('gateway listening', { url, database: config.database.kind });
  const metrics = config.metrics ? await startMetricsServer(config.metrics, { orm, clock: systemClock, logger }) : null;
  if (metrics) logger.info('metrics listening', { url: metrics.url, token: config.metrics?.token !== null });

  const shutdown = createShutdown(
    {
      leaveLoadBalancer: () => gateway.leaveLoadBalancer(),
      drainMs: config.shutdownDrainMs,
      closeHttp: () => gateway.stop(),
      stopWorker: () => worker.stop(),
      closeResources: async () => {
        // Scraped until here: the drain itself shows in the metrics.
        await metrics?.close();
        transport.close();
        await orm.close();
      },
    },
    logger,
  );
  // The grace bounds requests in flight; the backstop only catches a step that hangs.
  exitOnTerminationSignals(shutdown, config.shutdownDrainMs + config.shutdownGraceMs + 5_000, logger);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
