// Builds the shell and every tab that is missing or older than its sources (one webpack at a time:
// the machine has 2 cores). `node scripts/build-front.mjs [--force]`
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm, root } from './workspace.mjs';

export const frontApps = [
  { dir: 'shell', name: '@customer-corner/shell' },
  { dir: 'mf-contracts', name: '@customer-corner/mf-contracts', remote: 'contracts' },
  { dir: 'mf-documents', name: '@customer-corner/mf-documents', remote: 'documents' },
  { dir: 'mf-requests', name: '@customer-corner/mf-requests', remote: 'requests' },
  { dir: 'mf-profiles', name: '@customer-corner/mf-profiles', remote: 'profiles' },
  { dir: 'mf-backoffice', name: '@customer-corner/mf-backoffice', remote: 'backoffice' },
  // GraphiQL, served by the gateway at GET /graphql in development and test (issue #20 §2): no
  // Module Federation, so no manifest — its index.html marks the build.
  { dir: 'explorer', name: '@customer-corner/explorer', marker: 'index.html', ownSourcesOnly: true },
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildFront({ force = false } = {}) {
  const shared = Math.max(newestMtime(join(root, 'ui', 'src')), newestMtime(join(root, 'scripts', 'federation-webpack.mjs')));
  for (const app of frontApps) {
    const marker = join(root, app.dir, 'dist', app.marker ?? 'mf-manifest.json');
    const own = Math.max(
      newestMtime(join(root, app.dir, 'src')),
      newestMtime(join(root, app.dir, 'package.json')),
      newestMtime(join(root, app.dir, 'webpack.config.mjs')),
    );
    // The explorer uses neither the kit (ui/) nor the federation set-up.
    const sources = app.ownSourcesOnly ? own : Math.max(shared, own);
    if (!force && existsSync(marker) && statSync(marker).mtimeMs >= sources) continue;
    console.log(`Building ${app.dir}…`);
    pnpm(['--filter', app.name, 'build']);
    // webpack leaves a file whose bytes did not change untouched: mark the build as newer than its sources.
    const now = new Date();
    utimesSync(marker, now, now);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildFront({ force: process.argv.includes('--force') });
