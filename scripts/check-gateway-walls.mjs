#!/usr/bin/env node
// The gateway's walls (issue #14 §1), part of `pnpm lint`: dependency-cruiser checks every import
// against gateway/.dependency-cruiser.cjs (public faces only, the platform knows no module…), and this
// script adds what a file-level tool cannot see: a circle between modules. A module-level circle needs
// no file-level one (customers -> requests/index -> requests/x -> customers/index is no file cycle),
// so the imports are collapsed to their modules and the graph is searched for strongly connected parts.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gateway = join(root, 'gateway');
// The root's own install (no global tool): node_modules/dependency-cruiser's command-line entry.
const cli = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

const run = spawnSync(process.execPath, [cli, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
  cwd: gateway,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.status === null || !run.stdout.trim().startsWith('{')) {
  process.stderr.write(run.stderr || 'dependency-cruiser gave no result\n');
  process.exit(2);
}
const result = JSON.parse(run.stdout);

const problems = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

/** `src/modules/<name>/…` → name; production files only (a test may set up any module). */
const moduleOf = (path) => (/\.test\.ts$/.test(path) ? null : (/^src\/modules\/([^/]+)\//.exec(path)?.[1] ?? null));
const edges = new Map();
for (const file of result.modules) {
  const from = moduleOf(file.source);
  if (!from) continue;
  for (const dependency of file.dependencies) {
    const to = moduleOf(dependency.resolved);
    if (!to || to === from) continue;
    const targets = edges.get(from) ?? new Map();
    if (!targets.has(to)) targets.set(to, `${file.source} → ${dependency.resolved}`);
    edges.set(from, targets);
  }
}
for (const circle of stronglyConnected(edges)) {
  const steps = circle.flatMap((from) => [...(edges.get(from) ?? [])].filter(([to]) => circle.includes(to)).map(([, why]) => `    ${why}`));
  problems.push(`no-circle-between-modules: ${circle.join(' ↔ ')}\n${steps.join('\n')}`);
}

const checked = `${result.summary.totalCruised} files, ${result.summary.totalDependenciesCruised} imports, ${edges.size} modules that import others`;
if (problems.length) {
  process.stderr.write(
    `${problems.map((p) => `  error ${p}`).join('\n')}\n\n✖ ${problems.length} wall crossing(s) in the gateway (${checked})\n`,
  );
  process.exit(1);
}
process.stdout.write(`✔ gateway walls hold (${checked}; no circle between modules)\n`);

/** Tarjan's algorithm: the groups of two or more modules that reach each other. */
function stronglyConnected(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) === index.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}
