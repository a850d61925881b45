// The contracts tab as if built from another commit (issue #14 §4): its shared `react-router` subset
// lacks exports the shell uses, and its package metadata declares a higher version than the shell's,
// so a share scope that negotiated "highest version first" would take it. Read by the journey
// e2e/journeys/65-shared-singletons.mjs. `node scripts/build-tab-variant.mjs [--force]`
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedSubsets } from './federation-webpack.mjs';
import { root } from './workspace.mjs';

/** What the variant's subset leaves out: the shell's navigation (NavLink), its layout (Outlet), and more. */
export const variantMissingExports = ['NavLink', 'Outlet', 'HashRouter', 'useMatch', 'generatePath'];
/** Higher than any react-router the workspace installs. */
export const variantVersion = '7.999.0';
export const variantDist = join(root, '.tmp', 'tab-variant', 'contracts');

const tabDir = join(root, 'mf-contracts');

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Builds the variant unless it is newer than the contracts tab's own build and the federation set-up; returns its folder. */
export async function buildTabVariant({ force = false } = {}) {
  const marker = join(variantDist, 'mf-manifest.json');
  const sources = Math.max(mtime(join(tabDir, 'dist', 'mf-manifest.json')), mtime(join(root, 'scripts', 'federation-webpack.mjs')));
  if (!force && mtime(marker) > sources) return variantDist;
  const require = createRequire(join(tabDir, 'package.json'));
  const webpack = require('webpack');
  const { default: configure } = await import(pathToFileURL(join(tabDir, 'webpack.config.mjs')).href);
  const variant = {
    outputPath: variantDist,
    versions: { 'react-router': variantVersion },
    subsets: { 'react-router': sharedSubsets['react-router'].exports.filter((name) => !variantMissingExports.includes(name)) },
  };
  const config = { ...configure({ variant }, { mode: 'production' }), devtool: false };
  console.log(`Building the contracts tab variant (react-router ${variantVersion} without ${variantMissingExports.join(', ')})…`);
  await new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
  return variantDist;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildTabVariant({ force: process.argv.includes('--force') });
