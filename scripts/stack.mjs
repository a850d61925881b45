// `pnpm stack` (issue #15): the production topology, run here with podman (runc, host networking,
// distinct ports): the images built from deploy/, a separate database on the machine's PostgreSQL,
// the migration step, two gateway replicas (WORKER=off), one worker, an SMTP sink, and nginx as the
// load balancer and static host. Then an API smoke test and a browser check through the load
// balancer, and "ship one tab": a second build of mf-contracts published beside the first, only the
// remotes config changed, the running shell (not rebuilt) shows it, then the rollback. Then the browser
// journeys of e2e/journeys through the load balancer with both replicas serving (e2e/lib/harness.mjs
// against a target): a fresh database with the demo set (scripts/stack-seed.cjs, in the gateway image),
// the gateways restarted on it, the SMTP sink as the mailbox, the staff's TOTP codes, tabs stopped by
// pointing remotes.json at an empty folder. Everything it started is stopped, also on failure; it ends
// with the checks' and the journeys' summary and how long it took.
//   pnpm stack
// Environment: STACK_PORT (load balancer, 8480; the gateways take +1 and +2, metrics +11…+13,
// SMTP +20), PG_ADMIN_URL (postgresql://postgres@127.0.0.1:5432/postgres), STACK_DATABASE (cc_stack),
// STACK_JOURNEYS (0: not the journeys; or words as for `e2e --only`, e.g. 10,profiles).
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TextDecoder } from 'node:util';
import { buildFront } from './build-front.mjs';
import { GATEWAY_NODE_FLAGS } from './gateway-runtime.mjs';
import { CHROMIUM_ARGS, ensureInstalled, pnpm, pnpmCommand, root, waitForUrl } from './workspace.mjs';
import { packageVersion, publishFolder, remotesConfig, TAB_NAMES, tabPath } from '../deploy/static-layout.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const PORT = Number(process.env.STACK_PORT ?? 8480);
const ports = { lb: PORT, gateways: [PORT + 1, PORT + 2], metrics: [PORT + 11, PORT + 12, PORT + 13], smtp: PORT + 20 };
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = process.env.STACK_DATABASE ?? 'cc_stack';
if (!/^[a-z_][a-z0-9_]*$/.test(DATABASE)) throw new Error(`STACK_DATABASE must be a plain name, not ${DATABASE}`);
const DATABASE_URL = Object.assign(new URL(PG_ADMIN_URL), { pathname: `/${DATABASE}` }).href;
const LB = `http://127.0.0.1:${ports.lb}`;
const IMAGES = {
  base: 'localhost/cc-node-base',
  gateway: 'localhost/customer-corner/gateway:stack',
  static: 'localhost/customer-corner/static:stack',
};
const work = join(root, '.tmp', 'stack');
const CONTAINERS_CONF = join(root, 'deploy', 'base', 'containers.conf');
const podmanEnv = { ...process.env, CONTAINERS_CONF };
const secrets = {
  INGEST_SECRET: randomBytes(24).toString('hex'),
  SECRET_KEY: randomBytes(32).toString('hex'),
  METRICS_TOKEN: randomBytes(24).toString('hex'),
};
const requireFrom = (pkg) => createRequire(join(root, pkg, 'package.json'));
/** STACK_JOURNEYS: '0' skips the browser journeys; words select some of them (as `e2e --only`). */
const JOURNEYS = process.env.STACK_JOURNEYS ?? '';
/** Journeys that cannot run through the production topology, each with its reason (README, `pnpm stack`). */
const EXCLUDED_JOURNEYS = {
  // By design: GraphiQL is served in development and test only; production answers GET /graphql as
  // before (issue #20 §2; gateway/src/platform/graphql/explorer-page.test.ts checks both).
  '75-graphiql.mjs': 'the GraphiQL explorer exists in development and test only (NODE_ENV=production serves none)',
};
/** The journeys' JSON report (e2e/lib/harness.mjs), once they ran. */
let journeys = null;

const step = (title) => console.log(`\n=== ${title} (${elapsed()})`);
const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 4)
        .join('\n    ')}`,
    );
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function podman(args, { capture = false, allowFail = false } = {}) {
  const result = spawnSync('podman', ['--runtime', 'runc', ...args], {
    env: podmanEnv,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && !allowFail) {
    throw new Error(`podman ${args.slice(0, 3).join(' ')} … failed (exit ${result.status}): ${capture ? result.stderr.slice(-2000) : ''}`);
  }
  return result;
}
function psql(sql) {
  const result = spawnSync('psql', [PG_ADMIN_URL, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
}

// --- what it started, stopped in reverse order whatever happens ---
const containers = [];
let smtpServer = null;
let browser = null;
let databaseCreated = false;
async function stopEverything() {
  await browser?.close().catch(() => undefined);
  // The load balancer first, then every other container at once: SIGTERM, then the gateway's drain
  // (5 s) and grace, as Kubernetes does; podman kills what still runs after 20 s.
  const [balancer, others] = [
    containers.filter((c) => c.name === 'cc-stack-static'),
    containers.filter((c) => c.name !== 'cc-stack-static'),
  ];
  for (const group of [balancer, others]) {
    if (group.length === 0) continue;
    podman(['stop', '--time', '20', ...group.map((c) => c.id)], { capture: true, allowFail: true });
    podman(['rm', '--force', ...group.map((c) => c.id)], { capture: true, allowFail: true });
    console.log(`  stopped ${group.map((c) => c.name).join(', ')}`);
  }
  containers.length = 0;
  if (smtpServer) await new Promise((resolve) => smtpServer.close(resolve));
  if (databaseCreated) {
    try {
      psql(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    } catch (error) {
      console.log(`  could not drop ${DATABASE}: ${error}`);
    }
  }
}
let stopping = null;
const stopOnce = () => (stopping ??= stopEverything());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopOnce().then(() => process.exit(130)));

/** `podman run -d` on the host network; remembered for the stop. */
function runContainer(name, image, { env = {}, volumes = [], command = [] } = {}) {
  // A container of this name left by an interrupted run (never another's: the names are the stack's).
  podman(['rm', '--force', '--ignore', name], { capture: true, allowFail: true });
  const args = ['run', '--detach', '--name', name, '--network', 'host'];
  for (const [key, value] of Object.entries(env)) args.push('--env', `${key}=${value}`);
  for (const volume of volumes) args.push('--volume', volume);
  const { stdout } = podman([...args, image, ...command], { capture: true });
  const id = stdout.trim();
  containers.push({ id, name });
  return id;
}
function logsOf(name) {
  const { stdout, stderr } = podman(['logs', '--tail', '40', name], { capture: true, allowFail: true });
  return `${stdout}${stderr}`;
}

// --- an SMTP sink: every mail the worker sends, kept in memory ---
const mails = [];
async function startSmtpSink() {
  const { SMTPServer } = requireFrom('gateway')('smtp-server');
  smtpServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const bytes = Buffer.concat(chunks);
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: bytes.toString('utf8'), bytes, receivedAt: new Date() });
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    smtpServer.once('error', reject);
    smtpServer.listen(ports.smtp, '127.0.0.1', resolve);
  });
}
/** The text of a mail (quoted-printable and base64 parts decoded), enough to read a password. */
function mailText(raw) {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const decodedQp = unfolded.replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const base64Parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)].map((m) =>
    Buffer.from(m[1].replace(/\s/g, ''), 'base64').toString('utf8'),
  );
  return Buffer.from([decodedQp, ...base64Parts].join('\n'), 'latin1').toString('utf8');
}

/** A MIME entity (headers, then body) as latin1 text: one character per byte. */
function mimeEntity(entity) {
  const split = /\r?\n\r?\n/.exec(entity);
  const head = split ? entity.slice(0, split.index) : entity;
  const body = split ? entity.slice(split.index + split[0].length) : '';
  const headers = new Map();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}
/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) of a header, decoded. */
function decodeHeader(value = '') {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, charset, coding, text) => {
    const bytes =
      coding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, hex) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          );
    return new TextDecoder(charset).decode(bytes);
  });
}
/** The first text/plain part of a mail, transfer encoding and charset decoded. */
function plainText(entity) {
  const { headers, body } = mimeEntity(entity);
  const type = headers.get('content-type') ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!boundary) return null;
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith('--')) break;
      const text = plainText(part.replace(/^\r?\n/, ''));
      if (text !== null) return text;
    }
    return null;
  }
  if (!/^text\/plain/i.test(type)) return null;
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s/g, ''), 'base64')
      : Buffer.from(
          encoding === 'quoted-printable'
            ? body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
            : body,
          'latin1',
        );
  const charset = /charset="?([^";]+)"?/i.exec(type)?.[1] ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes).replace(/\r\n/g, '\n').replace(/\n$/, '');
}
/** The mails the SMTP sink received, in the shape of /dev/mailbox.json ({ id, to, subject, text, createdAt }). */
function sinkMailbox() {
  return mails.map((mail, index) => {
    const source = mail.bytes.toString('latin1');
    const { headers } = mimeEntity(source);
    return {
      id: headers.get('message-id') ?? `smtp-${index + 1}`,
      to: mail.to.join(', '),
      subject: decodeHeader(headers.get('subject')),
      text: plainText(source) ?? '',
      createdAt: mail.receivedAt.toISOString(),
    };
  });
}

// --- HTTP helpers through the load balancer ---
async function http(path, { method = 'GET', headers = {}, body, base = LB } = {}) {
  const response = await fetch(`${base}${path}`, { method, headers, body, redirect: 'manual' });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: () => bytes.toString('utf8'),
    servedBy: response.headers.get('x-served-by'),
  };
}
async function graphql(query, variables, cookie) {
  const answer = await http('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = JSON.parse(answer.text());
  return { ...answer, json };
}
/** Repeats a request until a replica other than `not` answers (round robin: the next one). */
async function onAnotherReplica(not, request) {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const answer = await request();
    if (answer.servedBy && answer.servedBy !== not) return answer;
  }
  throw new Error(`every answer came from ${not}: the load balancer does not spread the requests`);
}
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** A real one-page PDF of an exact content, built here (the upload checks the bytes, not the name). */
function pdfBytes(text) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.7\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

// --- "ship one tab": a second build of mf-contracts, its version one patch higher ---
function nextVersion(version) {
  const [major, minor, patch] = version.split(/[.-]/).map(Number);
  return `${major}.${minor}.${patch + 1}`;
}
function buildNextContracts(version, outDir) {
  // The tab's own webpack config, with the version a release would have bumped in package.json and
  // its own output folder: nothing in the working tree changes.
  const config = join(work, 'contracts-next.webpack.mjs');
  const mfDir = join(root, 'mf-contracts');
  writeFileSync(
    config,
    `import { createRequire } from 'node:module';
import tabConfig from ${JSON.stringify(join(mfDir, 'webpack.config.mjs'))};
const webpack = createRequire(${JSON.stringify(join(mfDir, 'package.json'))})('webpack');
export default (env, argv) => {
  const config = tabConfig(env, argv);
  config.output = { ...config.output, path: ${JSON.stringify(outDir)} };
  config.plugins = config.plugins.map((plugin) =>
    plugin instanceof webpack.DefinePlugin ? new webpack.DefinePlugin({ __PACKAGE_VERSION__: ${JSON.stringify(JSON.stringify(version))} }) : plugin,
  );
  return config;
};
`,
  );
  pnpm(['--filter', '@customer-corner/mf-contracts', 'exec', 'webpack', '--config', config, '--mode', 'production']);
}

function writeRemotes(configDir, versions, published = {}, fileName = 'remotes.json') {
  const file = join(configDir, fileName);
  writeFileSync(`${file}.next`, remotesConfig({ ...versions, ...published }, 'service.clients@leasing.example'));
  renameSync(`${file}.next`, file); // the whole file at once: nginx never serves half of it
}

async function main() {
  step('prerequisites');
  for (const tool of ['podman', 'runc', 'debootstrap', 'psql']) {
    assert(
      spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0,
      `${tool} is missing (Debian: apt-get install podman runc debootstrap postgresql-client)`,
    );
  }
  ensureInstalled();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'config'), { recursive: true });
  mkdirSync(join(work, 'published'), { recursive: true });

  step('base image (debootstrap + this machine’s Node 20), then the gateway and static images');
  const base = spawnSync(join(root, 'deploy', 'base', 'build-base.sh'), [], { stdio: 'inherit', env: podmanEnv });
  assert(base.status === 0, 'deploy/base/build-base.sh failed');
  buildFront(); // nothing to do when CI's build is there
  // The host's pnpm store lent to the gateway build: what CI's install fetched and compiled is reused.
  const [pnpmCommandName, pnpmPrefix] = pnpmCommand();
  const storePath = spawnSync(pnpmCommandName, [...pnpmPrefix, 'store', 'path'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const storeVolume = storePath ? ['--volume', `${dirname(storePath)}:/pnpm-store`] : [];
  for (const [image, dockerfile] of [
    [IMAGES.gateway, 'gateway'],
    [IMAGES.static, 'static'],
  ]) {
    const begun = Date.now();
    podman([
      'build',
      '--network',
      'host',
      '--quiet',
      '--format',
      'docker',
      '--file',
      join(root, 'deploy', `${dockerfile}.Dockerfile`),
      '--ignorefile',
      join(root, 'deploy', `${dockerfile}.dockerignore`),
      ...(dockerfile === 'gateway' ? storeVolume : []),
      '--build-arg',
      `BASE_IMAGE=${IMAGES.base}`,
      '--tag',
      image,
      root,
    ]);
    console.log(`  ${image}: ${((Date.now() - begun) / 1000).toFixed(0)} s`);
  }

  step(`database ${DATABASE}, SMTP sink :${ports.smtp}, migration step`);
  psql(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  psql(`CREATE DATABASE ${DATABASE}`);
  databaseCreated = true;
  await startSmtpSink();
  const common = {
    NODE_ENV: 'production',
    DATABASE_URL,
    PUBLIC_URL: LB,
    LOG_LEVEL: 'warn',
    SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
    CUSTOMER_SERVICES_EMAIL: 'service.clients@leasing.example',
    ...secrets,
  };
  const envArgs = (env) => Object.entries(env).flatMap(([key, value]) => ['--env', `${key}=${value}`]);
  const migrate = podman(['run', '--rm', '--network', 'host', ...envArgs(common), IMAGES.gateway, 'migrate'], { capture: true });
  console.log(`  ${migrate.stdout.trim()}`);

  step(`two gateways :${ports.gateways.join(' :')} (WORKER=off), one worker, nginx :${ports.lb}`);
  /** The two gateways and the worker; `extra` is added to the gateways' environment. */
  const startBackends = (extra = {}) => {
    ports.gateways.forEach((port, index) =>
      runContainer(`cc-stack-gateway-${index + 1}`, IMAGES.gateway, {
        env: {
          ...common,
          HOST: '127.0.0.1',
          PORT: String(port),
          WORKER: 'off',
          MIGRATE_ON_START: 'false',
          METRICS_PORT: String(ports.metrics[index]),
          ...extra,
        },
        command: ['gateway'],
      }),
    );
    runContainer('cc-stack-worker', IMAGES.gateway, {
      env: { ...common, OUTBOX_POLL_MS: '200', METRICS_PORT: String(ports.metrics[2]) },
      command: ['worker'],
    });
  };
  const waitForBackends = async () => {
    try {
      for (const port of ports.gateways) await waitForUrl(`http://127.0.0.1:${port}/readyz`, 90_000);
      await waitForUrl(`${LB}/readyz`, 30_000);
    } catch (error) {
      for (const { name } of containers) console.log(`--- ${name}\n${logsOf(name)}`);
      throw error;
    }
  };
  startBackends();
  const versions = Object.fromEntries(TAB_NAMES.map((name) => [name, packageVersion(join(root, `mf-${name}`))]));
  writeRemotes(join(work, 'config'), versions);
  runContainer('cc-stack-static', IMAGES.static, {
    env: {
      LISTEN_PORT: String(ports.lb),
      GATEWAY_UPSTREAMS: ports.gateways.map((p) => `127.0.0.1:${p}`).join(','),
      LB_SERVED_BY_HEADER: 'true',
    },
    volumes: [`${join(work, 'config')}:/srv/cc/config:ro`, `${join(work, 'published')}:/srv/cc/published:ro`],
  });
  await waitForBackends();
  console.log(`  ready (${elapsed()})`);

  step('images');
  await check('the entrypoint runs the gateway with the heap flags of scripts/gateway-runtime.mjs', async () => {
    const cmdline = podman(['exec', 'cc-stack-gateway-1', 'cat', '/proc/1/cmdline'], { capture: true }).stdout.split('\0');
    for (const flag of GATEWAY_NODE_FLAGS) assert(cmdline.includes(flag), `${flag} not in ${cmdline.join(' ')}`);
  });
  await check('gateway, worker and nginx run as an unprivileged user', async () => {
    for (const name of ['cc-stack-gateway-1', 'cc-stack-worker', 'cc-stack-static']) {
      const uid = podman(['exec', name, 'id', '-u'], { capture: true }).stdout.trim();
      assert(uid !== '0' && uid !== '', `${name} runs as uid ${uid}`);
    }
  });
  await check('the gateway image holds production dependencies only', async () => {
    const probe = (name) =>
      podman(
        ['run', '--rm', '--network', 'host', '--entrypoint', 'node', IMAGES.gateway, '-e', `require.resolve(${JSON.stringify(name)})`],
        {
          capture: true,
          allowFail: true,
        },
      ).status;
    assert(probe('pg') === 0 && probe('@apollo/server') === 0, 'a production dependency is missing');
    for (const dev of ['vitest', 'typescript', '@swc/core', 'smtp-server'])
      assert(probe(dev) !== 0, `${dev} (a devDependency) is in the image`);
  });
  await check('HEALTHCHECK (/healthz) passes on a gateway and on nginx', async () => {
    for (const name of ['cc-stack-gateway-2', 'cc-stack-static']) {
      const result = podman(['healthcheck', 'run', name], { capture: true, allowFail: true });
      assert(result.status === 0, `${name}: healthcheck exit ${result.status} ${result.stdout}${result.stderr}`);
    }
  });

  step('API through the load balancer');
  let administrator = null;
  await check('a customer batch ingested through the load balancer (INT-1)', async () => {
    const batchJson = podman(
      [
        'run',
        '--rm',
        '--network',
        'host',
        '--entrypoint',
        'node',
        IMAGES.gateway,
        '-e',
        "process.stdout.write(JSON.stringify(require('./dist/src/seeding').generateDemoBatches(new Date().toISOString().slice(0,10))[0]))",
      ],
      { capture: true },
    ).stdout;
    const answer = await http('/internal/ingest', {
      method: 'POST',
      headers: { authorization: `Bearer ${secrets.INGEST_SECRET}`, 'content-type': 'application/json' },
      body: batchJson,
    });
    assert(answer.status === 200, `ingest answered ${answer.status}: ${answer.text().slice(0, 300)}`);
  });
  await check('the activation mail is delivered once, by the worker, through SMTP', async () => {
    const deadline = Date.now() + 30_000;
    while (mails.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    assert(mails.length > 0, 'no mail reached the SMTP sink within 30 s');
    // Two gateways and a worker poll one outbox: a mail sent twice would arrive within a few polls.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const ids = mails.map((mail) => /^Message-ID:\s*(.+)$/im.exec(mail.raw)?.[1]?.trim());
    assert(new Set(ids).size === ids.length, `a mail was delivered twice: ${ids.join(', ')}`);
    const texts = mails.map((mail) => mailText(mail.raw));
    const index = texts.findIndex((text) => /(?:Mot de passe temporaire|Tijdelijk wachtwoord|Temporary password)\s*:\s*\S+/.test(text));
    assert(index >= 0, `no activation mail among ${mails.length}: ${texts[0]?.slice(0, 400)}`);
    const text = texts[index];
    const loginId = /\b(\d{9})\b/.exec(text)?.[1];
    const temporaryPassword = /(?:Mot de passe temporaire|Tijdelijk wachtwoord|Temporary password)\s*:\s*(\S+)/.exec(text)?.[1];
    assert(loginId && temporaryPassword, 'no login id or temporary password in the mail');
    assert(mails.filter((_, i) => texts[i].includes(loginId)).length === 1, `more than one mail for ${loginId}`);
    administrator = { loginId, temporaryPassword, password: `Stack-${randomBytes(6).toString('hex')}-Vol!` };
  });

  let session = null;
  await check('activation and sign-in on one replica, the session continues on the other', async () => {
    assert(administrator, 'no administrator (the mail check failed)');
    const activated = await graphql(
      'mutation($input: ActivateAccessInput!) { activateAccess(input: $input) { status } }',
      {
        input: { loginId: administrator.loginId, temporaryPassword: administrator.temporaryPassword, newPassword: administrator.password },
      },
      null,
    );
    assert(activated.json.data?.activateAccess?.status, `activation refused: ${activated.text().slice(0, 300)}`);
    const signedIn = await graphql(
      'mutation($input: SignInInput!) { signIn(input: $input) { status me { __typename } } }',
      { input: { loginId: administrator.loginId, password: administrator.password } },
      null,
    );
    const cookie = signedIn.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .find((pair) => /^(?:__Host-)?cc_session=./.test(pair));
    assert(signedIn.json.data?.signIn?.me && cookie, `sign-in failed: ${signedIn.text().slice(0, 300)} ${signedIn.headers.getSetCookie()}`);
    const other = await onAnotherReplica(signedIn.servedBy, () => graphql('{ me { __typename } }', {}, cookie));
    assert(
      other.json.data?.me,
      `replica ${other.servedBy} did not know the session: ${other.text().slice(0, 300)} (signed in on ${signedIn.servedBy}: ${signedIn.text().slice(0, 200)}; cookies ${signedIn.headers.getSetCookie().map((c) => c.replace(/=[^;]{6}[^;]*/, '=…'))})`,
    );
    console.log(`    signed in on ${signedIn.servedBy}, continued on ${other.servedBy}`);
    session = cookie;
  });
  await check('a file uploaded through one replica is downloaded through the other', async () => {
    assert(session, 'no session');
    const content = pdfBytes(`Stack upload ${Date.now()}`);
    const boundary = `----cc-stack-${randomBytes(8).toString('hex')}`;
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="statuts.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await http('/uploads', {
      method: 'POST',
      // A session's uploads must say they come from the portal's script (a form post cannot set it).
      headers: { cookie: session, 'content-type': `multipart/form-data; boundary=${boundary}`, 'apollo-require-preflight': 'true' },
      body,
    });
    assert(uploaded.status === 201, `upload answered ${uploaded.status}: ${uploaded.text().slice(0, 300)}`);
    const [{ id }] = JSON.parse(uploaded.text()).attachments;
    const downloaded = await onAnotherReplica(uploaded.servedBy, () => http(`/attachments/${id}`, { headers: { cookie: session } }));
    assert(downloaded.status === 200, `download answered ${downloaded.status}: ${downloaded.text().slice(0, 300)}`);
    assert(sha256(downloaded.bytes) === sha256(content), 'the downloaded bytes differ from the uploaded ones');
    console.log(`    uploaded on ${uploaded.servedBy}, downloaded on ${downloaded.servedBy}`);
  });
  await check('the gateway’s download paths go to the gateways, client routes get the shell', async () => {
    const download = await http('/documents/00000000-0000-0000-0000-000000000000/pdf', { headers: { accept: 'text/html' } });
    assert(
      download.servedBy && !/text\/html/.test(download.headers.get('content-type') ?? ''),
      `a download path got ${download.headers.get('content-type')}`,
    );
    const route = await http('/contracts/LC-10000001-01', { headers: { accept: 'text/html' } });
    assert(
      route.status === 200 && /cc-runtime-config/.test(route.text()) && !route.servedBy,
      'a client route did not get the shell’s index.html',
    );
  });
  await check('Prometheus metrics on each process’s own port, behind its token', async () => {
    for (const port of ports.metrics) {
      const refused = await fetch(`http://127.0.0.1:${port}/metrics`);
      assert(refused.status === 401 || refused.status === 403, `:${port}/metrics without the token answered ${refused.status}`);
      const answer = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${secrets.METRICS_TOKEN}` } });
      const text = await answer.text();
      assert(answer.status === 200 && /^# TYPE /m.test(text), `:${port}/metrics answered ${answer.status}`);
    }
  });

  step('static files through the load balancer');
  const shellDist = join(root, 'shell', 'dist');
  const hashed = (dir) => readdirSync(dir).find((file) => /\.[0-9a-f]{8}\.js$/.test(file));
  const IMMUTABLE = 'public, max-age=31536000, immutable';
  await check('brotli, gzip or the plain file as the browser asks; the cache rule of each kind of file', async () => {
    // [URL path, cache rule, the built file]: its .br/.gz copies, where the build made them, are what is sent.
    const files = [
      ['/', 'no-cache', join(shellDist, 'index.html')],
      ['/main.js', 'no-cache', join(shellDist, 'main.js')],
      [`/${hashed(shellDist)}`, IMMUTABLE, join(shellDist, hashed(shellDist))],
      ['/remotes.json', 'no-cache', null],
    ];
    for (const name of TAB_NAMES) {
      const dir = join(root, `mf-${name}`, 'dist');
      const prefix = tabPath(name, versions[name]);
      for (const [file, rule] of [
        ['mf-manifest.json', 'no-cache'],
        ['remoteEntry.js', 'no-cache'],
        [hashed(dir), IMMUTABLE],
      ]) {
        files.push([`${prefix}/${file}`, rule, join(dir, file)]);
      }
    }
    let compressedCount = 0;
    for (const [path, cacheControl, built] of files) {
      const compressed = built !== null && existsSync(`${built}.br`) && existsSync(`${built}.gz`);
      if (compressed) compressedCount += 1;
      for (const [accept, expected] of [
        ['br, gzip', 'br'],
        ['gzip', 'gzip'],
        ['identity', null],
      ]) {
        const answer = await http(path, { headers: { 'accept-encoding': accept } });
        assert(answer.status === 200, `${path}: ${answer.status}`);
        assert(
          answer.headers.get('cache-control') === cacheControl,
          `${path}: Cache-Control ${answer.headers.get('cache-control')}, not ${cacheControl}`,
        );
        const encoding = answer.headers.get('content-encoding');
        assert(encoding === (compressed ? expected : null), `${path} (Accept-Encoding: ${accept}): Content-Encoding ${encoding}`);
      }
    }
    assert(compressedCount >= 10, `only ${compressedCount} of the files checked have precompressed copies`);
    // The bytes sent are the build's own copies (fetch decodes them: the length tells), not compressed again.
    for (const [coding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ]) {
      const answer = await http('/main.js', { headers: { 'accept-encoding': coding } });
      const size = readFileSync(join(shellDist, `main.js${suffix}`)).length;
      assert(
        Number(answer.headers.get('content-length')) === size,
        `/main.js (${coding}): ${answer.headers.get('content-length')} bytes sent, main.js${suffix} has ${size}`,
      );
      assert(sha256(answer.bytes) === sha256(readFileSync(join(shellDist, 'main.js'))), `/main.js (${coding}) does not decode to main.js`);
    }
  });
  await check('the static files carry the gateway’s security headers', async () => {
    const fromGateway = await http('/healthz', { base: `http://127.0.0.1:${ports.gateways[0]}` });
    const names = [
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'referrer-policy',
      'x-content-type-options',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-frame-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ];
    for (const path of ['/', `${tabPath('contracts', versions.contracts)}/remoteEntry.js`, '/remotes.json']) {
      const answer = await http(path);
      for (const name of names) {
        assert(fromGateway.headers.get(name), `the gateway no longer sends ${name}: update deploy/nginx/static-headers.conf`);
        assert(
          answer.headers.get(name) === fromGateway.headers.get(name),
          `${path}: ${name} "${answer.headers.get(name)}" ≠ gateway's "${fromGateway.headers.get(name)}"`,
        );
      }
    }
  });

  step('browser through the load balancer, then "ship one tab"');
  const { chromium } = requireFrom('e2e')('playwright-core');
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-BE' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  const shellRequests = new Map();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.origin === LB && !url.pathname.startsWith('/tabs/') && /\.js$/.test(url.pathname)) {
      shellRequests.set(url.pathname, sha256(await response.body().catch(() => Buffer.alloc(0))));
    }
  });
  const contractsVersion = async () => {
    await page.goto(`${LB}/contracts`);
    const root = page.locator('[data-version]');
    await root.waitFor({ timeout: 30_000 });
    return { version: await root.getAttribute('data-version'), footer: await page.getByText(/^mf-contracts /).textContent() };
  };
  const documentsRenders = async () => {
    await page.goto(`${LB}/documents`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    return page.getByRole('heading', { level: 1 }).first().textContent();
  };
  let before = null;
  await check('sign-in in Chromium through the load balancer; the contracts tab shows its version', async () => {
    assert(administrator?.password, 'no activated administrator');
    await page.goto(`${LB}/sign-in`);
    await page.getByLabel('Identifiant (9 chiffres)').fill(administrator.loginId);
    await page.getByLabel('Mot de passe', { exact: true }).fill(administrator.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Identifiant (9 chiffres)').waitFor({ state: 'detached' });
    const shown = await contractsVersion();
    assert(shown.version === versions.contracts, `data-version ${shown.version}, not ${versions.contracts}`);
    assert(shown.footer?.includes(versions.contracts), `footer "${shown.footer}"`);
    before = { documents: await documentsRenders(), shell: new Map(shellRequests) };
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
  });

  const next = nextVersion(versions.contracts);
  let published = false;
  await check(`a tab tried by some users first: mf-contracts ${next} for the cookie cc_canary=1 only`, async () => {
    assert(before, 'the first browser check failed');
    buildNextContracts(next, join(work, 'contracts-next'));
    publishFolder(join(work, 'contracts-next'), join(work, 'published', ...tabPath('contracts', next).split('/').filter(Boolean)));
    const manifest = await http(`${tabPath('contracts', next)}/mf-manifest.json`);
    assert(
      manifest.status === 200 && manifest.headers.get('cache-control') === 'no-cache',
      `the published manifest answered ${manifest.status}`,
    );
    published = true;
    writeRemotes(join(work, 'config'), versions, { contracts: next }, 'remotes-canary.json');
    const everyone = await contractsVersion();
    assert(everyone.version === versions.contracts, `without the cookie the tab shows ${everyone.version}`);
    await context.addCookies([{ name: 'cc_canary', value: '1', url: LB }]);
    const tried = await contractsVersion();
    assert(tried.version === next, `with cc_canary=1 the tab shows ${tried.version}`);
    await context.clearCookies({ name: 'cc_canary' });
    rmSync(join(work, 'config', 'remotes-canary.json'));
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
  });
  await check(`ship one tab: mf-contracts ${next} published beside ${versions.contracts}, only remotes.json changed`, async () => {
    assert(published, 'the new version was not published');
    writeRemotes(join(work, 'config'), versions, { contracts: next });
    shellRequests.clear();
    const shown = await contractsVersion();
    assert(shown.version === next && shown.footer?.includes(next), `after the switch the tab shows ${shown.version} / "${shown.footer}"`);
    assert((await documentsRenders()) === before.documents, 'the documents tab changed');
    for (const [path, hash] of shellRequests) assert(before.shell.get(path) === hash, `the shell's ${path} changed`);
    assert(shellRequests.size > 0, 'the shell’s scripts were not seen');
    const remotes = JSON.parse((await http('/remotes.json')).text()).remotes;
    for (const name of TAB_NAMES.filter((n) => n !== 'contracts'))
      assert(remotes[name] === `${tabPath(name, versions[name])}/mf-manifest.json`, `${name} moved`);
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
  });
  await check(`roll back: remotes.json names ${versions.contracts} again, the tab shows it`, async () => {
    writeRemotes(join(work, 'config'), versions);
    const shown = await contractsVersion();
    assert(shown.version === versions.contracts, `after the rollback the tab shows ${shown.version}`);
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
  });
  await browser?.close();
  browser = null;

  if (JOURNEYS === '0') {
    console.log('\n  STACK_JOURNEYS=0: the browser journeys are NOT run');
    return;
  }
  // --- the browser journeys (e2e/journeys) through the load balancer, on the state they expect ---
  step('a fresh database with the demo set; the gateways and the worker restarted on it');
  const backends = containers.filter((c) => c.name !== 'cc-stack-static');
  podman(['stop', '--time', '20', ...backends.map((c) => c.id)], { capture: true });
  podman(['rm', '--force', ...backends.map((c) => c.id)], { capture: true, allowFail: true });
  containers.splice(0, containers.length, ...containers.filter((c) => !backends.includes(c)));
  psql(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  psql(`CREATE DATABASE ${DATABASE}`);
  const migrateAgain = podman(['run', '--rm', '--network', 'host', ...envArgs(common), IMAGES.gateway, 'migrate'], { capture: true });
  console.log(`  ${migrateAgain.stdout.trim()}`);
  // The gateway image's own seeding (the demo set of a development gateway), with the stack's SECRET_KEY.
  const seedScript = readFileSync(join(root, 'scripts', 'stack-seed.cjs'), 'utf8');
  const seeded = podman(
    ['run', '--rm', '--network', 'host', ...envArgs(common), '--entrypoint', 'node', IMAGES.gateway, '-e', seedScript],
    {
      capture: true,
    },
  );
  const seedLine = seeded.stdout.split('\n').find((line) => line.startsWith('CC-STACK-SEED '));
  assert(seedLine, `scripts/stack-seed.cjs printed no result: ${seeded.stdout.slice(-500)}${seeded.stderr.slice(-500)}`);
  const demo = JSON.parse(seedLine.slice('CC-STACK-SEED '.length));
  console.log(`  demo set: ${demo.logins.map((l) => l.role).join(', ')}; ${demo.mails.length} mail(s) written by the seed`);
  mails.length = 0;
  // Every journey signs in from 127.0.0.1, which nginx passes on in X-Forwarded-For (the gateways trust
  // it from loopback): the per-address throttle (ACC-6) is raised as the development harness does.
  startBackends({ SIGN_IN_ATTEMPTS_PER_IP: '1000' });
  await waitForBackends();
  console.log(`  ready (${elapsed()})`);

  step('the browser journeys through the load balancer, both replicas serving');
  /** GraphQL operations each gateway replica has answered since it started (its metrics). */
  const operationsPerReplica = () =>
    Promise.all(
      ports.metrics.slice(0, 2).map(async (port) => {
        const answer = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${secrets.METRICS_TOKEN}` } });
        const text = await answer.text();
        return [...text.matchAll(/^graphql_operation_duration_seconds_count(?:\{[^}]*\})? (\S+)$/gm)].reduce(
          (sum, m) => sum + Number(m[1]),
          0,
        );
      }),
    );
  const operationsBefore = await operationsPerReplica();
  // stopTab: remotes.json names a folder of the tab that is not published (nginx answers 404 there);
  // startTab publishes the tab's build into that folder, at the same URL (the shell's retry finds it).
  const stoppedFolder = (name) => `${versions[name]}-journeys`;
  const publishedDir = (name) => join(work, 'published', ...tabPath(name, stoppedFolder(name)).split('/').filter(Boolean));
  const movedTabs = new Set();
  const moveTabs = () =>
    writeRemotes(join(work, 'config'), versions, Object.fromEntries([...movedTabs].map((name) => [name, stoppedFolder(name)])));
  const reportFile = join(work, 'journeys.json');
  // The journeys' screenshots (and files they download) beside, not over, the development run's.
  process.env.E2E_ARTIFACTS ??= join(root, '.tmp', 'stack-journeys');
  const { runE2E } = await import('../e2e/lib/harness.mjs');
  await runE2E({
    reportFile,
    only: JOURNEYS.split(',').filter(Boolean),
    target: {
      label: `the stack's load balancer ${LB} (two gateway replicas, NODE_ENV=production, PostgreSQL)`,
      baseUrl: LB,
      demoLogins: demo.logins,
      ingestSecret: secrets.INGEST_SECRET,
      // Newest first, as /dev/mailbox.json: what the SMTP sink received, then what the seed wrote.
      mailbox: async () => [...sinkMailbox().reverse(), ...demo.mails],
      staffTotpSecret: demo.staffTotpSecret,
      async stopTab(name) {
        rmSync(publishedDir(name), { recursive: true, force: true });
        movedTabs.add(name);
        moveTabs();
      },
      async startTab(name) {
        publishFolder(join(root, `mf-${name}`, 'dist'), publishedDir(name));
      },
      exclude: EXCLUDED_JOURNEYS,
    },
  });
  writeRemotes(join(work, 'config'), versions);
  for (const name of movedTabs) rmSync(publishedDir(name), { recursive: true, force: true });
  journeys = JSON.parse(readFileSync(reportFile, 'utf8'));
  await check('the journeys’ requests were served by both gateway replicas', async () => {
    const after = await operationsPerReplica();
    const served = after.map((count, index) => count - operationsBefore[index]);
    console.log(`    GraphQL operations during the journeys: ${served.map((n, i) => `gateway-${i + 1} ${n}`).join(', ')}`);
    assert(
      served.every((n) => n > 0),
      `a replica answered no GraphQL operation: ${served.join(', ')}`,
    );
  });
}

let failedToRun = null;
try {
  await main();
} catch (error) {
  failedToRun = error;
  console.log(`\n✖ ${error?.stack ?? error}`);
}
step('stopping everything it started');
await stopOnce();
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
const journeysLine = journeys
  ? `; journeys through the load balancer: ${journeys.numPassedTests} passed, ${journeys.numFailedTests} failed` +
    (journeys.excluded?.length ? `, excluded: ${journeys.excluded.map((e) => e.file).join(', ')}` : '')
  : JOURNEYS === '0'
    ? '; journeys NOT run (STACK_JOURNEYS=0)'
    : '; journeys: no report';
console.log(
  `\nstack: ${passed} passed, ${failed} failed${journeysLine}${failedToRun ? ', and it stopped early' : ''} — ${elapsed()} in all`,
);
rmSync(work, { recursive: true, force: true });
const journeysFailed = JOURNEYS !== '0' && (!journeys || journeys.numFailedTests > 0 || journeys.numTotalTests === 0);
process.exit(failed > 0 || failedToRun || results.length === 0 || journeysFailed ? 1 : 0);
