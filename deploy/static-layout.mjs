// Issue #15: the static host's folders, from the built front end (`pnpm build:front`):
//   <out>/site/shell/…                       the shell (index.html, main.js, hashed chunks, .br/.gz)
//   <out>/site/tabs/<tab>/<version>/…        each tab at the version of its package.json
//   <out>/config/remotes.json                the shell's run-time config: one URL per tab
// Used by deploy/static.Dockerfile and by `pnpm stack` ("ship one tab" publishes a folder the same way).
//   node deploy/static-layout.mjs <repository> <out> [--customer-services-email ADDRESS]
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The tabs, by their remote name: mf-<name> is the package folder. */
export const TAB_NAMES = ['contracts', 'documents', 'requests', 'profiles', 'backoffice'];

/** Build reports that are not for browsers; remotes.json belongs to the environment, not the build. */
const NOT_PUBLISHED = new Set(['chunk-packages.json', 'remotes.json', 'remotes.json.br', 'remotes.json.gz']);

/** The URL path of one tab version on the static host. */
export function tabPath(name, version) {
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) throw new Error(`not a version for a folder name: ${version}`);
  return `/tabs/${name}/${version}`;
}

export function packageVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

/** Copies a built folder as a publishable one (no build reports). */
export function publishFolder(from, to) {
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true, filter: (source) => !NOT_PUBLISHED.has(basename(source)) });
}

export function remotesConfig(versions, customerServicesEmail) {
  const remotes = Object.fromEntries(
    Object.entries(versions).map(([name, version]) => [name, `${tabPath(name, version)}/mf-manifest.json`]),
  );
  return `${JSON.stringify({ remotes, customerServicesEmail }, null, 2)}\n`;
}

/** Lays out the shell and every tab; returns { tab: version }. */
export function layoutStaticSite(repository, out, { customerServicesEmail = 'customer.services@leasing.example' } = {}) {
  publishFolder(join(repository, 'shell', 'dist'), join(out, 'site', 'shell'));
  const versions = {};
  for (const name of TAB_NAMES) {
    const dir = join(repository, `mf-${name}`);
    versions[name] = packageVersion(dir);
    publishFolder(join(dir, 'dist'), join(out, 'site', ...tabPath(name, versions[name]).split('/').filter(Boolean)));
  }
  mkdirSync(join(out, 'config'), { recursive: true });
  writeFileSync(join(out, 'config', 'remotes.json'), remotesConfig(versions, customerServicesEmail));
  return versions;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [repository, out] = process.argv.slice(2);
  if (!repository || !out) {
    console.error('usage: node deploy/static-layout.mjs <repository> <out> [--customer-services-email ADDRESS]');
    process.exit(64);
  }
  const emailAt = process.argv.indexOf('--customer-services-email');
  const versions = layoutStaticSite(repository, out, emailAt > 0 ? { customerServicesEmail: process.argv[emailAt + 1] } : {});
  console.log(
    `static site in ${out}: shell + ${Object.entries(versions)
      .map(([name, v]) => `${name}@${v}`)
      .join(', ')}`,
  );
}
