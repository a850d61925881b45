// `pnpm start`: installs what is missing, builds the gateway and the front end (shell + every tab)
// when their sources changed, serves each tab from its own port, then runs the gateway on the
// embedded SQLite database (migrated and seeded with demo data on first start) serving the shell
// and /graphql on one origin, and prints where to go and the demo logins.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildFront } from './build-front.mjs';
import { startGateway, startTabServer, stopChild, tabApps, writeRemotesConfig } from './front-services.mjs';
import { ensureInstalled, pnpm, root, waitForUrl } from './workspace.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

ensureInstalled();
const gatewayMain = join(root, 'gateway', 'dist', 'src', 'main.js');
const sources = Math.max(newestMtime(join(root, 'gateway', 'src')), newestMtime(join(root, 'gateway', 'migrations')));
if (!existsSync(gatewayMain) || statSync(gatewayMain).mtimeMs < sources) {
  console.log('Building the gateway…');
  pnpm(['--filter', '@customer-corner/gateway', 'build']);
}
buildFront();

const port = process.env.PORT ?? '4000';
const host = process.env.HOST ?? '127.0.0.1';
const tabPortBase = Number(process.env.TAB_PORT_BASE ?? 4101);
const sqlitePath = process.env.SQLITE_PATH ?? join(root, 'data', 'customer-corner.sqlite');
const shellDist = join(root, 'shell', 'dist');

const children = [];
async function stopAll(code) {
  for (const child of children.reverse()) await stopChild(child);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopAll(0));

try {
  const tabs = [];
  for (const [index, app] of tabApps().entries()) {
    const tab = await startTabServer(app, tabPortBase + index, host === '0.0.0.0' ? '0.0.0.0' : '127.0.0.1');
    children.push(tab.child);
    tabs.push({ ...tab, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${tab.port}/mf-manifest.json` });
  }
  // The tabs read the Customer Services address here; the shell's footer asks the gateway (HLP-2):
  // both use CUSTOMER_SERVICES_EMAIL, or the gateway's default.
  writeRemotesConfig(shellDist, tabs, {
    customerServicesEmail: process.env.CUSTOMER_SERVICES_EMAIL ?? 'customer.services@leasing.example',
  });

  const gateway = startGateway({ port, host, sqlitePath, shellDist, env: { NODE_ENV: process.env.NODE_ENV ?? 'development' } });
  children.push(gateway);
  gateway.on('exit', (code) => void stopAll(code ?? 0));

  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  await waitForUrl(`${base}/readyz`, 120_000);
  const loginsFile = join(process.env.DATABASE_URL ? join(root, 'data') : dirname(sqlitePath), 'demo-logins.json');
  const logins = existsSync(loginsFile) ? JSON.parse(readFileSync(loginsFile, 'utf8')) : [];
  const loginLines = logins.map(
    (l) =>
      `    ${String(l.role).padEnd(24)} ${String(l.login ?? l.loginId ?? l.email).padEnd(28)} ${l.password}${l.note ? `   (${l.note})` : ''}`,
  );
  console.log(`
  Customer Corner is running.
    Portal           ${base}/            (sign in, activate, contracts…)
    GraphQL API      ${base}/graphql     (explorer in development: open it in a browser)
    Dev mailbox      ${base}/dev/mailbox (activation and reset e-mails)
    Health           ${base}/healthz · ${base}/readyz
    Tabs             ${tabs.map((tab) => `${tab.app.remote} :${tab.port}`).join(' · ')}
    Database         ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `SQLite, ${sqlitePath} (demo data loaded on first start)`}
${loginLines.length ? `  Demo logins:\n${loginLines.join('\n')}\n` : ''}  Stop with Ctrl+C.
`);
} catch (error) {
  console.error(String(error));
  await stopAll(1);
}
