// `pnpm start`: installs what is missing, builds the gateway, then runs it on the embedded SQLite
// database (migrated and seeded with demo data on first start) and prints where to go.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, pnpm, root, spawnService, waitForUrl } from './workspace.mjs';

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

const port = process.env.PORT ?? '4000';
const host = process.env.HOST ?? '127.0.0.1';
const gateway = spawnService(process.execPath, ['--enable-source-maps', gatewayMain], {
  cwd: join(root, 'gateway'),
  env: { ...process.env, PORT: port, HOST: host, SQLITE_PATH: process.env.SQLITE_PATH ?? join(root, 'data', 'customer-corner.sqlite') },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => gateway.kill(signal));
gateway.on('exit', (code) => process.exit(code ?? 0));

const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
try {
  await waitForUrl(`${base}/readyz`, 120_000);
  console.log(`
  Customer Corner is running.
    GraphQL API      ${base}/graphql   (Apollo Sandbox in development)
    Health           ${base}/healthz · ${base}/readyz
    Database         ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'SQLite, data/customer-corner.sqlite (demo data loaded on first start)'}
  Stop with Ctrl+C.
`);
} catch (error) {
  console.error(String(error));
  gateway.kill('SIGTERM');
  process.exit(1);
}
