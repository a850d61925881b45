// The browser-journey harness (issue #4, X-1, X-3): builds what is missing, starts the gateway (temp
// SQLite, free port, SHELL_DIST) and one static server per tab, launches Debian's Chromium through
// playwright-core (never a downloaded browser), runs every `e2e/journeys/*.mjs` in file-name order,
// stops every server by its own PID and writes the JSON report `scripts/test.mjs` reads.
//
// A journey module:
//
//   export const title = 'Activation, then the contracts tab';
//   export async function run(ctx) { … }
//
// ctx = {
//   browser                      playwright-core Browser (Chromium)
//   baseUrl                      'http://127.0.0.1:PORT' — the gateway serving the shell and /graphql
//   newPage({ width, height, locale? })
//                                a page in a fresh browser context (own cookies); `locale` ('fr' | 'nl' | 'en')
//                                sets the portal language before the first script runs. Closed at the
//                                end of the journey; pageerror events are collected: call
//                                `page.pageErrors()` to read them. A CSP violation the browser reports
//                                on its console fails the journey (X-7).
//   check(name, fn)              runs one named check; a throw marks it failed (with a screenshot of the
//                                last page opened) and the journey goes on. Returns true when it passed.
//   axeCheck(page, screen)       axe-core in the page: any serious or critical violation throws (X-3)
//   shot(page, name)             full-page screenshot to e2e/artifacts/<name>.png
//   mailbox()                    GET /dev/mailbox.json: Array<{ id, to, subject, text, createdAt }>
//   demoLogins                   Array<{ role, login, password, note }> from the gateway's demo-logins.json
//   signInAsCustomer(page, loginId, password)
//                                the customer sign-in form (any language), resolves once the form is gone
//   signInAsStaff(page, email, password)
//                                the staff form, then the second factor: '000000' (development only), or
//                                against a target the current TOTP code of its staff secret
//   staffCode(email)             the second-factor code signInAsStaff types, for a journey that fills the
//                                staff form itself ('000000', or the next unused TOTP code against a target)
//   stopTab(name) / startTab(name)
//                                stops / restarts the static server of a tab ('contracts', 'documents', …)
//                                on the same port (runtime composition checks)
//   assert(condition, message)   throws Error(message) when condition is falsy
// }
//
// A journey that throws (at import or in run) counts as one failed check; the run goes on.
// Options: `--report=FILE` (JSON summary), `--only=10,profiles` (journeys whose file name contains
// one of the words), E2E_SKIP_BUILD=1 (use the dist folders as they are), E2E_ARTIFACTS=DIR (screenshots
// elsewhere than e2e/artifacts, e.g. for parallel runs), CHROMIUM_PATH.
//
// Against an already-running target (issue #15: `pnpm stack` runs the journeys through its load
// balancer) nothing is built or started: runE2E({ target }) with
//   target = {
//     baseUrl                    the portal's origin (shell, tabs and /graphql)
//     demoLogins                 the demo accesses loaded into the target's database (shape above)
//     ingestSecret               the target's INGEST_SECRET (journeys that ingest a company, e.g. 60)
//     mailbox()                  the target's mails, newest first, in the shape of /dev/mailbox.json
//     staffTotpSecret            base32 TOTP secret of the demo staff: signInAsStaff types the current code,
//                                waiting for the next 30 s step when this login already used this one
//                                (a code is accepted once per step)
//     stopTab(name) / startTab(name)   optional: makes a tab unreachable at its URL / reachable again
//     exclude                    optional { 'file.mjs': 'why it cannot run against this target' }: not run,
//                                listed with its reason, counted apart (neither passed nor failed)
//     label                      optional: named in the summary line
//   }
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFront } from '../../scripts/build-front.mjs';
import {
  copyShell,
  freePort,
  startGateway,
  startTabServer,
  stopChild,
  tabApps,
  writeRemotesConfig,
} from '../../scripts/front-services.mjs';
import { CHROMIUM_ARGS, pnpm, waitForUrl } from '../../scripts/workspace.mjs';

const e2eDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifacts = process.env.E2E_ARTIFACTS ?? join(e2eDir, 'artifacts');
const journeysDir = join(e2eDir, 'journeys');

export { CHROMIUM_ARGS };

/** Labels of the sign-in forms in the three languages (X-2), so journeys may run in any of them. */
const LABELS = {
  loginId: /^(Identifiant \(9 chiffres\)|Gebruikers-id \(9 cijfers\)|Login id \(9 digits\))$/,
  email: /^(Adresse e-mail|E-mailadres|E-mail address)$/,
  password: /^(Mot de passe|Wachtwoord|Password)$/,
  submit: /^(Se connecter|Aanmelden|Sign in)$/,
  code: /^(Code de vérification|Verificatiecode|Verification code)$/,
  verify: /^(Vérifier|Verifiëren|Verify)$/,
};

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function writeSummary(reportFile, passed, failed, note, excluded = []) {
  if (reportFile)
    writeFileSync(
      reportFile,
      JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numTotalTests: passed + failed, note, excluded }),
    );
  const apart = excluded.length ? `, ${excluded.length} journey(s) excluded: ${excluded.map((e) => e.file).join(', ')}` : '';
  console.log(`\ne2e: ${passed} passed, ${failed} failed${apart}${note ? ` (${note})` : ''}`);
}

/** RFC 6238 TOTP (HMAC-SHA-1, 30 s steps, 6 digits) of a base32 secret at one time step. */
export function totpCode(secret, step) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/[\s=]/g, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not a base32 secret: ${secret}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
const totpStep = (at = Date.now()) => Math.floor(at / 30_000);

function journeyFiles(only) {
  if (!existsSync(journeysDir)) return [];
  return readdirSync(journeysDir)
    .filter((file) => file.endsWith('.mjs'))
    .filter((file) => !only.length || only.some((word) => file.includes(word)))
    .sort();
}

function printFailure(name, error) {
  console.log(
    `  ✗ ${name}\n    ${String(error?.stack ?? error)
      .split('\n')
      .slice(0, 6)
      .join('\n    ')}`,
  );
}

/** Runs every journey (against its own gateway and tab servers, or a running `target`); returns the exit code. */
export async function runE2E({ reportFile, only = [], target = null } = {}) {
  if (!existsSync(CHROMIUM)) {
    console.log(`No Chromium at ${CHROMIUM}: browser tests NOT run. Install it with: apt-get update && apt-get install -y chromium`);
    if (process.env.CI === 'true') {
      writeSummary(reportFile, 0, 1, 'Chromium missing under CI');
      return 1;
    }
    writeSummary(reportFile, 0, 0, 'skipped: no Chromium');
    return 0;
  }
  const { chromium } = require('playwright-core');
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  const results = [];
  let lastPage = null;
  const work = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
  const children = new Set();
  const tabs = new Map();
  const stoppedTargetTabs = new Set();
  /** The last TOTP step each staff login used against the target (replay protection: once per step). */
  const staffSteps = new Map();
  const excluded = [];
  let browser;

  async function check(name, fn) {
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
      return true;
    } catch (error) {
      results.push({ name, ok: false, error });
      await lastPage
        ?.screenshot({ path: join(artifacts, `failed-${results.length}.png`), fullPage: true, timeout: 5000 })
        .catch(() => undefined);
      printFailure(name, error);
      return false;
    }
  }

  /** X-3: axe-core in the page; any serious or critical violation fails the screen. */
  async function axeCheck(page, screen) {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (blocking.length) throw new Error(`axe on ${screen}: ${JSON.stringify(blocking, null, 1)}`);
    return violations.length;
  }

  /** The staff second factor against a target: the current TOTP code, once per step and login. */
  async function staffCode(email) {
    while (totpStep() <= (staffSteps.get(email) ?? -1)) await new Promise((resolve) => setTimeout(resolve, 500));
    const step = totpStep();
    staffSteps.set(email, step);
    return totpCode(target.staffTotpSecret, step);
  }

  async function shot(page, name) {
    await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  }

  try {
    // A full run starts from an empty folder; a partial run (--only) keeps the others' screenshots.
    if (!only.length) rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    let baseUrl;
    let demoLogins;
    if (target) {
      for (const key of ['baseUrl', 'demoLogins', 'mailbox', 'staffTotpSecret'])
        assert(target[key] !== undefined, `target.${key} is missing`);
      baseUrl = target.baseUrl.replace(/\/$/, '');
      demoLogins = target.demoLogins.map((l) => ({ ...l, login: l.login ?? l.loginId }));
      console.log(`journeys against ${target.label ?? baseUrl} (nothing built or started here)`);
    } else {
      if (!process.env.E2E_SKIP_BUILD) {
        pnpm(['--filter', '@customer-corner/gateway', 'build']);
        buildFront();
      }
      for (const app of tabApps()) {
        const tab = await startTabServer(app, await freePort());
        children.add(tab.child);
        tabs.set(app.remote, tab);
      }
      const shellDist = copyShell(join(work, 'shell'));
      writeRemotesConfig(shellDist, [...tabs.values()], { customerServicesEmail: 'service.clients@leasing.example' });
      const port = await freePort();
      const gateway = startGateway({
        port,
        sqlitePath: join(work, 'e2e.sqlite'),
        shellDist,
        // The same Customer Services address in the API (footer, HLP-2) and in remotes.json (tabs).
        // Every journey signs in from 127.0.0.1: the per-address throttle (ACC-6, 30 per 15 minutes by
        // default) is raised as an operator does for one shared NAT address; its own tests keep 30.
        env: { LOG_LEVEL: 'warn', CUSTOMER_SERVICES_EMAIL: 'service.clients@leasing.example', SIGN_IN_ATTEMPTS_PER_IP: '1000' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.add(gateway);
      baseUrl = `http://127.0.0.1:${port}`;
      await waitForUrl(`${baseUrl}/readyz`, 120_000);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    demoLogins ??= JSON.parse(readFileSync(join(work, 'demo-logins.json'), 'utf8')).map((l) => ({ ...l, login: l.login ?? l.loginId }));

    for (const file of journeyFiles(only)) {
      const exclusion = target?.exclude?.[file];
      if (exclusion) {
        excluded.push({ file, reason: exclusion });
        console.log(`\n${file} — EXCLUDED against ${target.label ?? baseUrl}: ${exclusion}`);
        continue;
      }
      const contexts = [];
      const cspViolations = [];
      const ctx = {
        browser,
        baseUrl,
        demoLogins,
        // The core system's shared secret of POST /internal/ingest (the development value here).
        ingestSecret: target ? target.ingestSecret : 'development-ingest-secret-not-for-production',
        check,
        axeCheck,
        shot,
        assert,
        async newPage({ width = 1280, height = width <= 480 ? 844 : 900, locale } = {}) {
          const context = await browser.newContext({
            viewport: { width, height },
            locale: locale === 'nl' ? 'nl-BE' : locale === 'en' ? 'en-GB' : 'fr-BE',
          });
          contexts.push(context);
          if (locale)
            await context.addInitScript((language) => {
              if (!window.sessionStorage.getItem('cc-e2e-locale')) {
                window.sessionStorage.setItem('cc-e2e-locale', '1');
                window.localStorage.setItem('cc-language', language);
              }
            }, locale);
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(error.message));
          // X-7 (#11 §3): whatever the portal's CSP blocks fails the journey (checked when it ends).
          page.on('console', (message) => {
            if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
          });
          page.pageErrors = () => errors;
          lastPage = page;
          return page;
        },
        async mailbox() {
          if (target) return target.mailbox();
          const response = await fetch(`${baseUrl}/dev/mailbox.json`);
          assert(response.ok, `/dev/mailbox.json answered ${response.status}`);
          return response.json();
        },
        async signInAsCustomer(page, loginId, password) {
          if (!/\/sign-in/.test(page.url())) await page.goto(`${baseUrl}/sign-in`);
          await page.getByLabel(LABELS.loginId).fill(loginId);
          await page.getByLabel(LABELS.password).fill(password);
          await page.getByRole('button', { name: LABELS.submit }).click();
          await page.getByLabel(LABELS.loginId).waitFor({ state: 'detached' });
        },
        async signInAsStaff(page, email, password) {
          await page.goto(`${baseUrl}/staff/sign-in`);
          await page.getByLabel(LABELS.email).fill(email);
          await page.getByLabel(LABELS.password).fill(password);
          await page.getByRole('button', { name: LABELS.submit }).click();
          await page.getByLabel(LABELS.code).fill(await ctx.staffCode(email));
          await page.getByRole('button', { name: LABELS.verify }).click();
          await page.getByLabel(LABELS.code).waitFor({ state: 'detached' });
        },
        async staffCode(email) {
          return target ? staffCode(email) : '000000';
        },
        async stopTab(name) {
          if (target) {
            assert(target.stopTab, `stopTab: ${target.label ?? baseUrl} cannot stop a tab`);
            await target.stopTab(name);
            stoppedTargetTabs.add(name);
            return;
          }
          const tab = tabs.get(name);
          assert(tab, `no tab named ${name}`);
          await stopChild(tab.child);
          children.delete(tab.child);
        },
        async startTab(name) {
          if (target) {
            if (!stoppedTargetTabs.has(name)) return;
            await target.startTab(name);
            stoppedTargetTabs.delete(name);
            return;
          }
          const tab = tabs.get(name);
          assert(tab, `no tab named ${name}`);
          if (tab.child.exitCode === null && tab.child.signalCode === null) return;
          const restarted = await startTabServer(tab.app, tab.port);
          children.add(restarted.child);
          tabs.set(name, restarted);
        },
      };
      let title = file;
      try {
        const journey = await import(pathToFileURL(join(journeysDir, file)).href);
        title = journey.title ?? file;
        console.log(`\n${file} — ${title}`);
        assert(typeof journey.run === 'function', `${file} exports no run(ctx)`);
        await journey.run(ctx);
      } catch (error) {
        results.push({ name: `${file}: journey threw`, ok: false, error });
        printFailure(`${file}: journey threw`, error);
      } finally {
        for (const context of contexts) await context.close().catch(() => undefined);
        if (cspViolations.length) {
          const error = new Error(
            `the browser reported ${cspViolations.length} CSP violation(s): ${[...new Set(cspViolations)].join(' | ')}`,
          );
          results.push({ name: `${file}: no CSP violation`, ok: false, error });
          printFailure(`${file}: no CSP violation`, error);
        }
        lastPage = null;
        // A journey that stopped a tab must not break the next one.
        for (const name of [...tabs.keys(), ...stoppedTargetTabs]) await ctx.startTab(name).catch(() => undefined);
      }
    }
  } catch (error) {
    results.push({ name: 'set-up', ok: false, error });
    console.log(`  ✗ set-up: ${error?.stack ?? error}`);
  } finally {
    await browser?.close().catch(() => undefined);
    for (const child of [...children].reverse()) await stopChild(child);
    rmSync(work, { recursive: true, force: true });
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  writeSummary(reportFile, passed, failed, target ? `against ${target.label ?? target.baseUrl}` : undefined, excluded);
  for (const { file, reason } of excluded) console.log(`  excluded ${file}: ${reason}`);
  return failed > 0 ? 1 : 0;
}
