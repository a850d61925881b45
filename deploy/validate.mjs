// Issue #15: the deployment descriptions are checked, not only written.
//  - deploy/compose.yaml against the Compose schema, by docker-compose itself (Debian's 1.29:
//    `docker-compose config -q`, offline; its schema refuses unknown keys).
//  - deploy/k8s/*.yaml against the Kubernetes API schemas that kubernetes-models carries (offline:
//    types, enums and required fields; like the API server's own schemas, they let unknown fields
//    through), then the rules of the operator's guide that a schema cannot know: probes on /readyz
//    and /healthz, a termination grace longer than drain + grace, every reference resolving.
// Run with the schemas fetched outside the workspace, so that the lockfile stays as it is:
//   node deploy/validate.mjs --install      (npm installs them into a temporary folder first; CI does this)
//   npx -y -p kubernetes-models@4.5.1 -p yaml@2.9.1 -- node deploy/validate.mjs
// (an npx cache left half-written by two npx runs at once lacks `yaml`: --install does not use it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TOOLS = ['kubernetes-models@4.5.1', 'yaml@2.9.1'];

/** Where kubernetes-models and yaml are: a fresh temporary folder (--install), or npx's. */
function toolsFolder() {
  if (process.argv.includes('--install')) {
    const folder = mkdtempSync(join(tmpdir(), 'cc-deploy-validate-'));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const installed = spawnSync(npm, ['install', '--silent', '--no-audit', '--no-fund', '--prefix', folder, ...TOOLS], {
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (installed.status !== 0) {
      console.error(`npm install ${TOOLS.join(' ')} failed (exit ${installed.status})`);
      process.exit(1);
    }
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    return join(folder, 'node_modules');
  }
  const npxBin = (process.env.PATH ?? '').split(':').find((dir) => /[\\/]_npx[\\/]/.test(dir));
  if (!npxBin) {
    console.error(
      'Run `node deploy/validate.mjs --install`, or through npx: npx -y -p kubernetes-models@4.5.1 -p yaml@2.9.1 -- node deploy/validate.mjs',
    );
    process.exit(64);
  }
  return dirname(npxBin);
}
const require = createRequire(join(toolsFolder(), 'package.json'));
const { parseAllDocuments } = require('yaml');

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

// --- compose ---
const compose = spawnSync('docker-compose', ['-f', join(here, 'compose.yaml'), 'config', '-q'], {
  encoding: 'utf8',
  // The secrets the file requires, as an operator's .env would give them.
  env: { ...process.env, CC_POSTGRES_PASSWORD: 'check', CC_INGEST_SECRET: 'check', CC_SECRET_KEY: 'check', CC_METRICS_TOKEN: 'check' },
});
if (compose.error) problem('compose.yaml', `docker-compose is missing (Debian: apt-get install docker-compose): ${compose.error.message}`);
else if (compose.status !== 0) problem('compose.yaml', (compose.stderr || compose.stdout).trim());
else console.log('  ✓ deploy/compose.yaml: valid Compose file (docker-compose config)');

// --- Kubernetes: schemas ---
const objects = [];
for (const file of readdirSync(join(here, 'k8s'))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()) {
  for (const document of parseAllDocuments(readFileSync(join(here, 'k8s', file), 'utf8'))) {
    if (document.errors.length) {
      problem(file, document.errors.map((e) => e.message).join('; '));
      continue;
    }
    const object = document.toJS();
    if (object === null) continue;
    const where = `${file} ${object.kind}/${object.metadata?.name}`;
    objects.push({ where, object });
    const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
    let models;
    try {
      models = require(`kubernetes-models/${group ? `${group}/` : ''}${version}`);
    } catch {
      problem(where, `no schema for apiVersion ${object.apiVersion}`);
      continue;
    }
    const Model = models[object.kind];
    if (!Model) {
      problem(where, `no kind ${object.kind} in ${object.apiVersion}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problem(where, String(error.message ?? error));
    }
  }
}

// --- Kubernetes: the guide's rules ---
const named = (kind, name) => objects.find(({ object }) => object.kind === kind && object.metadata?.name === name);
const deployments = objects.filter(({ object }) => object.kind === 'Deployment');
const envOf = (container) => Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
const config = named('ConfigMap', 'customer-corner-config')?.object.data ?? {};
for (const { where, object } of objects) {
  const pod = object.kind === 'Deployment' || object.kind === 'Job' ? object.spec.template.spec : null;
  if (pod) {
    if (pod.securityContext?.runAsNonRoot !== true) problem(where, 'pods must run as non-root');
    for (const container of pod.containers) {
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef && !named('ConfigMap', source.configMapRef.name))
          problem(where, `no ConfigMap ${source.configMapRef.name}`);
        if (source.secretRef && !named('Secret', source.secretRef.name)) problem(where, `no Secret ${source.secretRef.name}`);
      }
    }
    for (const volume of pod.volumes ?? []) {
      if (volume.configMap && !named('ConfigMap', volume.configMap.name)) problem(where, `no ConfigMap ${volume.configMap.name}`);
      if (volume.persistentVolumeClaim && !named('PersistentVolumeClaim', volume.persistentVolumeClaim.claimName)) {
        problem(where, `no PersistentVolumeClaim ${volume.persistentVolumeClaim.claimName}`);
      }
    }
  }
  if (object.kind === 'Deployment' && object.metadata.name === 'customer-corner-gateway') {
    const container = pod.containers[0];
    if (container.readinessProbe?.httpGet?.path !== '/readyz') problem(where, 'readiness must be GET /readyz');
    if (container.livenessProbe?.httpGet?.path !== '/healthz') problem(where, 'liveness must be GET /healthz');
    if (envOf(container).WORKER !== 'off') problem(where, 'gateways run with WORKER=off beside the worker Deployment');
    const drainMs = Number(config.SHUTDOWN_DRAIN_MS ?? 5000);
    const graceMs = Number(config.SHUTDOWN_GRACE_MS ?? 10000);
    if (!(pod.terminationGracePeriodSeconds * 1000 > drainMs + graceMs)) {
      problem(
        where,
        `terminationGracePeriodSeconds ${pod.terminationGracePeriodSeconds} s is not more than drain + grace (${(drainMs + graceMs) / 1000} s)`,
      );
    }
    if (!container.resources?.requests?.cpu) problem(where, 'the HPA scales on CPU: the container needs a CPU request');
  }
  if (object.kind === 'HorizontalPodAutoscaler') {
    const target = object.spec.scaleTargetRef;
    if (!named(target.kind, target.name)) problem(where, `scales ${target.kind}/${target.name}, which is not described`);
    if (!object.spec.metrics?.some((m) => m.resource?.name === 'cpu')) problem(where, 'must scale on CPU');
  }
  if (object.kind === 'PodDisruptionBudget' || object.kind === 'Service') {
    const selector = object.kind === 'Service' ? object.spec.selector : object.spec.selector.matchLabels;
    const matches = deployments.filter(({ object: d }) =>
      Object.entries(selector).every(([k, v]) => d.spec.template.metadata.labels?.[k] === v),
    );
    if (matches.length === 0) problem(where, 'selects no Deployment');
  }
}
for (const [kind, name] of [
  ['Deployment', 'customer-corner-gateway'],
  ['Deployment', 'customer-corner-worker'],
  ['Deployment', 'customer-corner-static'],
  ['Job', 'customer-corner-migrate'],
  ['HorizontalPodAutoscaler', 'customer-corner-gateway'],
  ['PodDisruptionBudget', 'customer-corner-gateway'],
  ['ConfigMap', 'customer-corner-remotes'],
  ['Secret', 'customer-corner-secrets'],
]) {
  if (!named(kind, name)) problem('deploy/k8s', `${kind}/${name} is missing`);
}
const remotes = named('ConfigMap', 'customer-corner-remotes')?.object.data?.['remotes.json'];
try {
  const parsed = JSON.parse(remotes ?? '');
  for (const tab of ['contracts', 'documents', 'requests', 'profiles', 'backoffice']) {
    if (!/^(\/|https?:\/\/).*mf-manifest\.json$/.test(parsed.remotes?.[tab] ?? ''))
      problem('ConfigMap/customer-corner-remotes', `no manifest URL for ${tab}`);
  }
} catch (error) {
  problem('ConfigMap/customer-corner-remotes', `remotes.json is not JSON: ${error.message}`);
}

if (problems.length) {
  console.error(`\n✖ deployment descriptions:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `  ✓ deploy/k8s: ${objects.length} objects valid against the Kubernetes schemas (kubernetes-models 4.5.1), and the guide's rules hold`,
);
