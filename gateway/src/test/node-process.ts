import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface LogLine {
  at: number;
  message: string;
  fields: Record<string, unknown>;
}

/** A real Node process running one of the gateway's entry points (TypeScript through swc), with its JSON log. */
export interface NodeProcess {
  child: ChildProcess;
  logs: LogLine[];
  /** Resolves with the first log line whose message is `message`. */
  waitForLog(message: string, timeoutMs?: number): Promise<LogLine>;
  /** Resolves with the exit code and when it happened (Date.now()). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

const GATEWAY_DIR = join(__dirname, '..', '..');

export function startNodeProcess(entry: string, env: Record<string, string>): NodeProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], {
    cwd: GATEWAY_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const waiters: { message: string; resolve(line: LogLine): void }[] = [];
  let pending = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const text = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      let fields: Record<string, unknown>;
      try {
        fields = JSON.parse(text) as Record<string, unknown>;
      } catch {
        continue;
      }
      const line = { at: Date.now(), message: String(fields.message), fields };
      logs.push(line);
      for (const waiter of waiters.filter((w) => w.message === line.message)) waiter.resolve(line);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return {
    child,
    logs,
    exited,
    waitForLog(message, timeoutMs = 30_000) {
      const seen = logs.find((line) => line.message === message);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${message}" log within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`)),
          timeoutMs,
        );
        waiters.push({
          message,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(() => reject(new Error(`process exited before "${message}"; stderr: ${stderr.slice(-2000)}`)));
      });
    },
  };
}

/** The environment variables that point a process at a scratch database. */
export function databaseEnv(database: { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string }): Record<string, string> {
  return database.kind === 'sqlite' ? { SQLITE_PATH: database.path } : { DATABASE_URL: database.url };
}
