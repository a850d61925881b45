import 'reflect-metadata';
import { loadConfig } from '../platform/config';
import { systemClock } from '../platform/clock';
import { openOrm } from '../platform/db/orm';
import { createLogger } from '../platform/logging';
import { createBackgroundWorker } from '../modules/notifications/background-worker';
import { devMailboxTransport, smtpTransport } from '../modules/notifications/mail-transport';
import { settingsOf } from '../server';

/** The outbox worker as its own process (production: gateways run with WORKER=off, one or more of these). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, { service: 'worker' });
  const orm = await openOrm(config.database);
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : devMailboxTransport;
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
  const stop = async () => {
    await worker.stop();
    transport.close();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
