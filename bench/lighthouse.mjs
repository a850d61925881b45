// Lighthouse on a phone (issue #16): Lighthouse 12.2.3 (13 needs Node 22) with its mobile defaults —
// simulated slow 4G, 4× CPU slowdown, a 412 px Moto G Power screen — driving Debian's Chromium, on
// the product as `pnpm start` runs it (the gateway serving the shell, one static server per tab, a
// fresh SQLite with the demo data). Screens: the sign-in page, then signed in as the demo viewer the
// contracts list, a contract's detail, the documents, the requests and the company information.
// Each screen is measured RUNS times (default 3) from a cold cache (the session cookie stays); the
// median run by performance score is reported with its LCP, TBT, CLS and the bytes as sent.
//
// A benchmark, not a test: it prints and writes figures (bench/results/lighthouse.{json,md}, and the
// README's marked section with --readme) and exits 0 whatever they are; it fails only if it cannot measure.
//   node bench/lighthouse.mjs [--runs=3] [--only=contracts,documents] [--readme]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { buildFront } from '../scripts/build-front.mjs';
import { copyShell, freePort, startGateway, startTabServer, stopChild, tabApps, writeRemotesConfig } from '../scripts/front-services.mjs';
import { CHROMIUM_ARGS, pnpm, waitForUrl } from '../scripts/workspace.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Number(arg('runs') ?? 3);
const ONLY = arg('only')?.split(',');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`;
const FIRST_CONTRACT = `query { contracts(first: 1) { edges { node { contractNumber } } } }`;

/** The median run by performance score (odd counts: the middle one; even: the lower middle). */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function figuresOf(lhr) {
  const audits = lhr.audits;
  const requests = audits['network-requests']?.details?.items ?? [];
  const sent = (type) => requests.filter((r) => !type || r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
    fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    siMs: Math.round(audits['speed-index'].numericValue),
    bytesSent: sent(),
    scriptBytesSent: sent('Script'),
    requests: requests.length,
    finalUrl: lhr.finalDisplayedUrl,
    runWarnings: lhr.runWarnings,
  };
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  pnpm(['--filter', '@customer-corner/gateway', 'build']); // the gateway as the sources are now
  buildFront();

  const work = mkdtempSync(join(tmpdir(), 'cc-lighthouse-'));
  const children = [];
  let browser;
  try {
    const tabs = [];
    for (const app of tabApps()) {
      const tab = await startTabServer(app, await freePort());
      children.push(tab.child);
      tabs.push(tab);
    }
    const shellDist = join(work, 'shell');
    // The product's own shell folder, as `pnpm start` serves it (remotes.json written for these ports).
    copyShell(shellDist);
    writeRemotesConfig(shellDist, tabs, { customerServicesEmail: 'customer.services@leasing.example' });
    const port = await freePort();
    const gateway = startGateway({
      port,
      sqlitePath: join(work, 'portal.sqlite'),
      shellDist,
      stdio: 'ignore',
      env: { NODE_ENV: 'development' },
    });
    children.push(gateway);
    const base = `http://127.0.0.1:${port}`;
    await waitForUrl(`${base}/readyz`, 180_000);
    const logins = JSON.parse(readFileSync(join(work, 'demo-logins.json'), 'utf8'));
    const viewer = logins.find((l) => /viewer|lecture|consult/i.test(`${l.role} ${l.note ?? ''}`)) ?? logins[0];

    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, defaultViewport: null });
    const page = await browser.newPage();
    const screens = [{ name: 'sign-in', path: '/sign-in', signedIn: false }];
    const measured = [];
    const measure = async (screen) => {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        let result;
        // Chromium now and then records no navigation start (NO_NAVSTART): such a run is taken again, twice at most.
        for (let attempt = 1; attempt <= 3; attempt += 1) {
          result = await lighthouse(
            `${base}${screen.path}`,
            { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
            undefined,
            page,
          );
          if (result?.lhr && !result.lhr.runtimeError) break;
          console.log(`  ${screen.name}: ${result?.lhr?.runtimeError?.code ?? 'no result'}, measured again`);
        }
        if (!result?.lhr || result.lhr.runtimeError)
          throw new Error(`${screen.name}: ${result?.lhr?.runtimeError?.message ?? 'no result'}`);
        if (process.env.LIGHTHOUSE_DUMP)
          writeFileSync(join(process.env.LIGHTHOUSE_DUMP, `${screen.name}-${i + 1}.json`), JSON.stringify(result.lhr));
        const figures = figuresOf(result.lhr);
        if (screen.signedIn && /sign-in/.test(figures.finalUrl))
          throw new Error(`${screen.name}: the session was lost (${figures.finalUrl})`);
        runs.push(figures);
        console.log(
          `  ${screen.name} run ${i + 1}: performance ${figures.performance}, LCP ${figures.lcpMs} ms, TBT ${figures.tbtMs} ms, JS ${(figures.scriptBytesSent / 1024).toFixed(1)} KiB`,
        );
      }
      measured.push({ ...screen, runs, median: medianRun(runs) });
    };

    if (!ONLY || ONLY.includes('sign-in')) await measure(screens[0]);

    // Signed in as the demo viewer: the session cookie lives in the browser; Lighthouse clears the
    // cache and the origin's storage between runs, not cookies.
    await page.goto(`${base}/sign-in`);
    const signedIn = await page.evaluate(
      async (query, loginId, password) => {
        const answer = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: { input: { loginId, password } } }),
        });
        return answer.json();
      },
      SIGN_IN,
      viewer.login ?? viewer.loginId,
      viewer.password,
    );
    if (signedIn.errors) throw new Error(`sign-in failed: ${JSON.stringify(signedIn.errors)}`);
    const first = await page.evaluate(async (query) => {
      const answer = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return answer.json();
    }, FIRST_CONTRACT);
    const contractNumber = first.data?.contracts?.edges?.[0]?.node?.contractNumber;
    if (!contractNumber) throw new Error(`no contract for the viewer: ${JSON.stringify(first)}`);

    for (const screen of [
      { name: 'contracts', path: '/contracts', signedIn: true },
      { name: 'contract-detail', path: `/contracts/${encodeURIComponent(contractNumber)}`, signedIn: true },
      { name: 'documents', path: '/documents', signedIn: true },
      { name: 'requests', path: '/requests', signedIn: true },
      { name: 'company', path: '/company', signedIn: true },
    ]) {
      if (!ONLY || ONLY.includes(screen.name)) await measure(screen);
    }

    const results = {
      date: new Date().toISOString(),
      lighthouse: '12.2.3',
      settings: 'mobile defaults (simulated slow 4G, 4× CPU), Debian Chromium, cold cache',
      runsPerScreen: RUNS,
      screens: measured.map(({ name, path, median, runs }) => ({ name, path, median, runs })),
    };
    const resultsDir = join(here, 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'lighthouse.json'), JSON.stringify(results, null, 2) + '\n');
    const table = markdownTable(results);
    writeFileSync(join(resultsDir, 'lighthouse.md'), table + '\n');
    console.log('\n' + table);
    if (process.argv.includes('--readme')) updateReadme(table);
  } finally {
    await browser?.close().catch(() => undefined);
    for (const child of children.reverse()) await stopChild(child);
    rmSync(work, { recursive: true, force: true });
  }
}

function markdownTable(results) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const lines = [
    `| screen | performance | accessibility | best practices | LCP | TBT | CLS | JavaScript sent | all bytes sent |`,
    `|---|---|---|---|---|---|---|---|---|`,
    ...results.screens.map(({ name, median: m, runs }) => {
      const spread = `${Math.min(...runs.map((r) => r.performance))}–${Math.max(...runs.map((r) => r.performance))}`;
      return `| ${name} | ${m.performance} (${spread}) | ${m.accessibility} | ${m.bestPractices} | ${(m.lcpMs / 1000).toFixed(2)} s | ${m.tbtMs} ms | ${m.cls} | ${kib(m.scriptBytesSent)} | ${kib(m.bytesSent)} |`;
    }),
  ];
  return `Lighthouse ${results.lighthouse}, ${results.settings}; median of ${results.runsPerScreen} runs (range of the performance score in brackets), ${results.date.slice(0, 10)}.\n\n${lines.join('\n')}`;
}

function updateReadme(table) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- lighthouse:start -->';
  const end = '<!-- lighthouse:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
