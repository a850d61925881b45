// `pnpm test`: installs what is missing, then runs every package's tests (SQLite by default,
// PostgreSQL when DATABASE_URL is set), then the browser journeys (e2e/run-e2e.mjs: when a Chromium
// is present; under CI=true a missing Chromium fails), and ends with one summary line: "N passed, N failed".
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureInstalled, pnpmCommand, root } from './workspace.mjs';

ensureInstalled();
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
];
const [command, prefix] = pnpmCommand();
let passed = 0;
let failed = 0;
let broken = false;
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
  } catch {
    broken = true;
  }
  if (result.status !== 0) broken = true;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
