// `pnpm stack` (issue #15): the demo data set for the browser journeys, loaded by the gateway image's
// own code into the stack's (empty, migrated) database — the same seeding a development gateway does
// at start (gateway/src/seeding: demo customers through the ingestion path, the demo logins, the demo
// staff with their TOTP secret sealed with the stack's SECRET_KEY, two open requests).
// Run inside the gateway image, whose working folder is /app (scripts/stack.mjs passes this file to
// `node -e`), with the stack's environment (DATABASE_URL, SECRET_KEY, PUBLIC_URL, …).
// Prints one line `CC-STACK-SEED <json>`: { logins, staffTotpSecret, mails }. `mails` are the e-mails the
// seed wrote (the pending login's activation mail): the seed delivers them to the development mailbox
// transport, not to SMTP, so they are read back from the outbox here, as /dev/mailbox.json does.
/* global require, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, as the gateway's compiled code it loads */
'use strict';
require('reflect-metadata');
const { loadConfig } = require('./dist/src/platform/config');
const { openDatabase } = require('./dist/src/app/database');
const { settingsOf } = require('./dist/src/platform/graphql/gateway-settings');
const { seedDemoDataIfEmpty } = require('./dist/src/seeding');
const { DEMO_STAFF_TOTP_SECRET } = require('./dist/src/seeding/demo-seed');
const { OutboxMessage } = require('./dist/src/platform/outbox/outbox-message.entity');

async function main() {
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  try {
    const logins = await seedDemoDataIfEmpty(orm, new Date(), settingsOf(config), null);
    if (!logins) throw new Error('the database already holds customers: the demo set is loaded into an empty one only');
    const messages = await orm.em.fork().find(OutboxMessage, { topic: 'mail' }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    const mails = messages.map((message) => {
      const mail = JSON.parse(message.payload);
      return { id: String(message.id), to: mail.to, subject: mail.subject, text: mail.text, createdAt: message.createdAt };
    });
    process.stdout.write(`\nCC-STACK-SEED ${JSON.stringify({ logins, staffTotpSecret: DEMO_STAFF_TOTP_SECRET, mails })}\n`);
  } finally {
    await orm.close(true);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
