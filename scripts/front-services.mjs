// Starts the built product for `pnpm start` and the browser tests: one static server per tab
// (its own process and port, CORS open) and the gateway serving the shell and /graphql on one origin.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { frontApps } from './build-front.mjs';
import { root, waitForUrl } from './workspace.mjs';
import { GATEWAY_NODE_FLAGS } from './gateway-runtime.mjs';

export async function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node scripts/serve-static.mjs` for one tab; resolves when its manifest answers. */
export async function startTabServer(app, port, host = '127.0.0.1', stdio = 'ignore') {
  const child = spawn(
    process.execPath,
    [join(root, 'scripts', 'serve-static.mjs'), '--dir', join(root, app.dir, 'dist'), '--port', String(port), '--host', host],
    {
      cwd: root,
      stdio,
    },
  );
  const url = `http://${host}:${port}/mf-manifest.json`;
  await waitForUrl(url, 20_000);
  return { app, port, url, child };
}

/** The shell's run-time config: where each tab's manifest is (no shell rebuild to move a tab). */
export function writeRemotesConfig(shellDist, tabs, extra = {}) {
  const remotes = Object.fromEntries(tabs.map((tab) => [tab.app.remote, tab.url]));
  const file = join(shellDist, 'remotes.json');
  writeFileSync(file, JSON.stringify({ remotes, ...extra }, null, 2) + '\n');
  // No brotli/gzip copy of this one: an operator edits it by hand to move a tab (OPS-3), and a copy
  // left from before would then be what browsers get (issue #16). It is small, and inlined in index.html.
  rmSync(`${file}.br`, { force: true });
  rmSync(`${file}.gz`, { force: true });
}

/** A copy of the built shell, so a test run can write its own remotes.json. */
export function copyShell(target) {
  mkdirSync(target, { recursive: true });
  cpSync(join(root, 'shell', 'dist'), target, { recursive: true });
  return target;
}

export function tabApps() {
  return frontApps.filter((app) => app.remote);
}

export function startGateway({ port, host = '127.0.0.1', sqlitePath, shellDist, env = {}, stdio = 'inherit' }) {
  const main = join(root, 'gateway', 'dist', 'src', 'main.js');
  if (!existsSync(main)) throw new Error('The gateway is not built: pnpm --filter @customer-corner/gateway build');
  return spawn(process.execPath, [...GATEWAY_NODE_FLAGS, '--enable-source-maps', main], {
    cwd: join(root, 'gateway'),
    stdio,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: host,
      SQLITE_PATH: sqlitePath,
      SHELL_DIST: shellDist,
      ...env,
    },
  });
}

/** Stops a child by its own PID and waits for it to exit. */
export async function stopChild(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
