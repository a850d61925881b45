// `pnpm test`: installs what is missing, then runs every package's tests (SQLite by default,
// PostgreSQL when DATABASE_URL is set), then the browser journeys (e2e/run-e2e.mjs: when a Chromium
// is present; under CI=true a missing Chromium fails), and ends with one summary line: "N passed, N failed".
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureSystemPackages } from './system-packages.mjs';
import { ensureInstalled, pnpmCommand, root } from './workspace.mjs';

ensureInstalled();
ensureSystemPackages();
const reports = join(root, '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const suites = [
  { name: 'gateway', filter: '@customer-corner/gateway' },
  { name: 'ui', filter: '@customer-corner/ui' },
  { name: 'shell', filter: '@customer-corner/shell' },
  { name: 'mf-contracts', filter: '@customer-corner/mf-contracts' },
  { name: 'mf-documents', filter: '@customer-corner/mf-documents' },
  { name: 'mf-requests', filter: '@customer-corner/mf-requests' },
  { name: 'mf-profiles', filter: '@customer-corner/mf-profiles' },
  { name: 'mf-backoffice', filter: '@customer-corner/mf-backoffice' },
  // GraphiQL's storage without headers and its fetcher (issue #20 §2)
  { name: 'explorer', filter: '@customer-corner/explorer' },
  // floor and gateway answer the benchmark requests byte for byte (issue #8)
  { name: 'bench', filter: '@customer-corner/bench' },
];
const [command, prefix] = pnpmCommand();
let passed = 0;
let failed = 0;
let broken = false;
/** Names of failed tests, repeated at the end: CI shows only the tail of the output. */
const failures = [];
const collectFailures = (suiteName, summary) => {
  for (const file of summary.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') {
        const reason = String(test.failureMessages?.[0] ?? '')
          .split('\n')[0]
          .slice(0, 300);
        failures.push(`${suiteName}: ${test.fullName ?? test.title} — ${reason}`);
      }
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failures.push(
        `${suiteName}: ${file.name} — ${String(file.message ?? 'failed to run')
          .split('\n')[0]
          .slice(0, 300)}`,
      );
    }
  }
};
console.log(`Database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'SQLite (temporary files)'}`);
for (const suite of suites) {
  const report = join(reports, `${suite.name}.json`);
  const result = spawnSync(
    command,
    [...prefix, '--filter', suite.filter, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root, stdio: 'inherit' },
  );
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    collectFailures(suite.name, summary);
    if (summary.numTotalTests === 0) broken = true;
  } catch {
    broken = true;
  }
  if (result.status !== 0) broken = true;
}
// Browser journeys: they build what they need and start their own servers.
if (!process.argv.includes('--no-e2e')) {
  const report = join(reports, 'e2e.json');
  const result = spawnSync(process.execPath, [join(root, 'e2e', 'run-e2e.mjs'), `--report=${report}`], { cwd: root, stdio: 'inherit' });
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    collectFailures('e2e', summary);
  } catch {
    broken = true;
  }
  if (result.status !== 0) broken = true;
}
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((line) => `  ✗ ${line}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
