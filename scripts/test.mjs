// `pnpm test`: installs what is missing, then runs every package's tests (SQLite by default,
// PostgreSQL when DATABASE_URL is set) and ends with one summary line: "N passed, N failed".
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureInstalled, pnpmCommand, root } from './workspace.mjs';

ensureInstalled();
const reports = join(root, '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const suites = [{ name: 'gateway', filter: '@customer-corner/gateway' }];
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
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
