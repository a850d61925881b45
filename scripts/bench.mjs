// `pnpm bench`: installs what is missing, then runs the gateway-against-floor benchmark (bench/run-bench.mjs).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, root } from './workspace.mjs';

ensureInstalled();
const result = spawnSync(process.execPath, [join(root, 'bench', 'run-bench.mjs'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
