// Bundle budgets of the front end (issue #4), measured in a real browser on the built product:
//   1. JavaScript loaded by the first screen (shell + contracts tab) ≤ 170 KiB as sent over the wire
//      (issue #16: the servers send the build's brotli copies; the gzip -9 of each file is printed too);
//   2. exactly one copy of react, react-dom and @apollo/client loaded;
//   3. each tab's own code (what its origin serves when it opens) ≤ 50 KiB gzipped.
// Copies are counted from dist/chunk-packages.json, written by each build (which packages each JS
// file holds). Prints each figure against its budget as a ratio; exits 1 when one is over.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFront } from '../scripts/build-front.mjs';
import { copyShell, freePort, startGateway, startTabServer, stopChild, tabApps, writeRemotesConfig } from '../scripts/front-services.mjs';
import { CHROMIUM_ARGS, pnpm, root, waitForUrl } from '../scripts/workspace.mjs';

const KiB = 1024;
const budgets = { firstScreen: 170 * KiB, tab: 50 * KiB };
// graphql is not shared (scripts/federation-webpack.mjs) but must still load once: only Apollo imports it.
const singletons = ['react', 'react-dom', '@apollo/client', 'react-router', 'graphql'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`No Chromium at ${CHROMIUM}: budgets not measured (apt-get install -y chromium).`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const require = createRequire(join(root, 'e2e', 'package.json'));
const { chromium } = require('playwright-core');

if (!process.env.BENCH_SKIP_BUILD) {
  pnpm(['--filter', '@customer-corner/gateway', 'build']);
  buildFront();
}

const work = mkdtempSync(join(tmpdir(), 'cc-bench-'));
const children = [];
let browser;
let over = false;
try {
  const tabs = [];
  for (const app of tabApps()) {
    const tab = await startTabServer(app, await freePort());
    children.push(tab.child);
    tabs.push(tab);
  }
  const shellDist = copyShell(join(work, 'shell'));
  writeRemotesConfig(shellDist, tabs);
  const port = await freePort();
  children.push(
    startGateway({
      port,
      sqlitePath: join(work, 'bench.sqlite'),
      shellDist,
      env: { LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForUrl(`${base}/readyz`, 120_000);
  const logins = JSON.parse(readFileSync(join(work, 'demo-logins.json'), 'utf8'));
  const admin = logins.find((l) => /administrator/i.test(l.role));

  const origins = new Map([
    [base, { dir: 'shell' }],
    ...tabs.map((tab) => [`http://127.0.0.1:${tab.port}`, { dir: tab.app.dir, remote: tab.app.remote }]),
  ]);
  const chunkPackages = (dir) => JSON.parse(readFileSync(join(root, dir, 'dist', 'chunk-packages.json'), 'utf8'));

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  // A French browser: the sign-in page follows the browser's language (#18 item 3).
  const signInContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-BE' });
  const signInPage = await signInContext.newPage();
  // Sign in first (the sign-in page loads the shell only), then measure a load of /contracts in a
  // context with the session cookie and an empty cache (the chunks are cached as immutable).
  await signInPage.goto(`${base}/sign-in`);
  await signInPage.getByLabel('Identifiant (9 chiffres)').fill(admin.login ?? admin.loginId);
  await signInPage.getByLabel('Mot de passe').fill(admin.password);
  await signInPage.getByRole('button', { name: 'Se connecter' }).click();
  await signInPage.getByRole('table', { name: 'Liste des contrats' }).waitFor();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'fr-BE',
    storageState: await signInContext.storageState(),
  });
  const page = await context.newPage();

  async function loadedScripts(action) {
    const seen = [];
    const onResponse = async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.endsWith('.js')) return;
      const body = await response.body().catch(() => null);
      if (body)
        seen.push({
          origin: url.origin,
          file: url.pathname.slice(1),
          gzip: gzipSync(body, { level: 9 }).length,
          // The body as it came over the wire (brotli when the server has the build's copy).
          sent: Number(response.headers()['content-length'] ?? body.length),
          encoding: response.headers()['content-encoding'] ?? 'identity',
        });
    };
    page.on('response', onResponse);
    await action();
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    return seen;
  }

  const firstScreen = await loadedScripts(async () => {
    await page.goto(`${base}/contracts`);
    await page.getByRole('table', { name: 'Liste des contrats' }).waitFor();
  });
  const total = firstScreen.reduce((sum, s) => sum + s.sent, 0);
  const rows = [];
  rows.push(['first screen (shell + contracts), JS as sent', total, budgets.firstScreen]);
  const gzipTotal = firstScreen.reduce((sum, s) => sum + s.gzip, 0);

  // Copies of each singleton: how many builds (shell, tabs) served files holding its modules. One
  // build splits a package over several chunks, but they run in one module registry: one copy.
  const providers = Object.fromEntries(singletons.map((name) => [name, new Set()]));
  for (const script of firstScreen) {
    const { dir } = origins.get(script.origin) ?? {};
    const packages = dir ? (chunkPackages(dir)[script.file] ?? []) : [];
    for (const name of singletons) if (packages.includes(name)) providers[name].add(dir);
  }
  const copies = Object.fromEntries(Object.entries(providers).map(([name, dirs]) => [name, dirs.size]));

  // Each tab's own code: what its origin serves when the tab opens.
  const perTab = { contracts: firstScreen.filter((s) => origins.get(s.origin)?.remote === 'contracts') };
  for (const [path, remote] of [
    ['/documents', 'documents'],
    ['/requests', 'requests'],
    ['/profiles', 'profiles'],
  ]) {
    const scripts = await loadedScripts(async () => {
      await page.goto(`${base}${path}`);
      await page.locator('main h1').waitFor();
    });
    perTab[remote] = scripts.filter((s) => origins.get(s.origin)?.remote === remote);
  }
  for (const [remote, scripts] of Object.entries(perTab)) {
    rows.push([
      `tab ${remote}: own code, JS as sent (${scripts.map((s) => s.file).join(', ')})`,
      scripts.reduce((sum, s) => sum + s.sent, 0),
      budgets.tab,
    ]);
  }

  console.log('\nBundle budgets (the JavaScript the browser loaded, bytes as sent over the wire)');
  for (const [name, bytes, budget] of rows) {
    const ratio = bytes / budget;
    if (ratio > 1) over = true;
    console.log(`  ${ratio > 1 ? '✗' : '✓'} ${name}: ${(bytes / KiB).toFixed(1)} KiB / ${budget / KiB} KiB = ${ratio.toFixed(2)}`);
  }
  for (const [name, count] of Object.entries(copies)) {
    if (count !== 1) over = true;
    console.log(
      `  ${count === 1 ? '✓' : '✗'} copies of ${name} loaded: ${count} (budget 1; from ${[...providers[name]].join(', ') || 'nowhere'})`,
    );
  }
  console.log(`\nFirst-screen files (as sent; gzip -9 of the same files: ${(gzipTotal / KiB).toFixed(1)} KiB):`);
  for (const s of firstScreen.sort((a, b) => b.sent - a.sent)) {
    const { dir } = origins.get(s.origin) ?? {};
    const packages = dir ? (chunkPackages(dir)[s.file] ?? []) : [];
    console.log(`  ${(s.sent / KiB).toFixed(1).padStart(6)} KiB ${s.encoding.padEnd(8)} ${dir}/${s.file}  ${packages.join(' ')}`);
  }
} finally {
  await browser?.close().catch(() => undefined);
  for (const child of children.reverse()) await stopChild(child);
  rmSync(work, { recursive: true, force: true });
}
process.exit(over ? 1 : 0);
