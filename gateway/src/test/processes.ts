import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DatabaseConfig } from '../platform/db/orm';

const GATEWAY_DIR = join(__dirname, '..', '..');

/** A gateway or worker started as its own operating-system process, as an operator runs it. */
export interface RealProcess {
  child: ChildProcess;
  /** Every line it wrote to stdout and stderr so far (for the failure message of a test). */
  output(): string;
  /** Resolves with the first JSON log line whose `message` is `message`. */
  waitForLog(message: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Sends SIGKILL (no clean-up at all) and resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. */
  stop(): Promise<void>;
}

export function databaseEnv(database: DatabaseConfig): Record<string, string> {
  return database.kind === 'postgresql' ? { DATABASE_URL: database.url } : { SQLITE_PATH: database.path };
}

function startProcess(script: string, env: Record<string, string>): RealProcess {
  // Our own node binary with swc's register hook: decorator metadata is emitted, no build needed.
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
    cwd: GATEWAY_DIR,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const lines: Record<string, unknown>[] = [];
  const waiters: { message: string; resolve(line: Record<string, unknown>): void }[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const onChunk = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    const complete = text.split('\n');
    for (const line of complete.slice(lines.length, complete.length - 1)) {
      let parsed: Record<string, unknown> = {};
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        // not a log line (a stack trace, a warning of node itself)
      }
      lines.push(parsed);
      for (const waiter of waiters.filter((w) => w.message === parsed.message)) waiter.resolve(parsed);
    }
  };
  child.stdout?.on('data', onChunk);
  child.stderr?.on('data', onChunk);
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    child,
    output: () => text,
    waitForLog(message, timeoutMs = 30_000) {
      const seen = lines.find((line) => line.message === message);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${message}" within ${timeoutMs} ms from ${script}:\n${text}`)), timeoutMs);
        waiters.push({
          message,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`${script} exited before "${message}":\n${text}`));
        });
      });
    },
    async kill() {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (gone()) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(force);
    },
  };
}

/** `src/cli/worker.ts` as its own process; resolves once it polls the outbox. */
export async function startWorkerProcess(env: Record<string, string>): Promise<RealProcess> {
  const worker = startProcess('src/cli/worker.ts', env);
  await worker.waitForLog('worker started', 60_000);
  return worker;
}

/** `src/main.ts` as its own process on a free port; resolves with its base URL once it listens. */
export async function startGatewayProcess(env: Record<string, string>): Promise<RealProcess & { url: string }> {
  const gateway = startProcess('src/main.ts', {
    HOST: '127.0.0.1',
    PORT: '0',
    MIGRATE_ON_START: 'false',
    SEED_DEMO: 'false',
    WORKER: 'off',
    ...env,
  });
  const listening = await gateway.waitForLog('gateway listening', 60_000);
  return Object.assign(gateway, { url: String(listening.url) });
}
