import type { RemoteAppModule } from '@customer-corner/ui';
import {
  getInstance,
  loadRemote,
  registerGlobalPlugins,
  registerPlugins,
  registerRemotes,
  type ModuleFederationRuntimePlugin,
} from '@module-federation/enhanced/runtime';
import type { RemoteName, RuntimeConfig } from './runtime-config';
import { shellProvidesShared } from './shell-provides-shared';

/** Thrown (and shown by the tab's error boundary) when a tab cannot be loaded after retries. */
export class RemoteUnavailableError extends Error {
  constructor(
    readonly remote: RemoteName,
    cause?: unknown,
  ) {
    super(`The ${remote} tab could not be loaded`, { cause });
    this.name = 'RemoteUnavailableError';
  }
}

const UNAVAILABLE = Symbol.for('customer-corner.remote-unavailable');
type MaybeUnavailable = RemoteAppModule & { [UNAVAILABLE]?: unknown };

/**
 * Module Federation's errorLoadRemote hook: instead of an unhandled rejection, a failed remote
 * resolves to a marked fallback module; the loader below retries, then hands the error boundary a
 * RemoteUnavailableError.
 */
const fallbackPlugin: ModuleFederationRuntimePlugin = {
  name: 'customer-corner-remote-fallback',
  errorLoadRemote({ id, error }) {
    const fallback: MaybeUnavailable = {
      RemoteApp: () => null,
      [UNAVAILABLE]: error ?? new Error(`Cannot load ${id}`),
    };
    return fallback;
  },
};

let entries: Partial<Record<RemoteName, string>> = {};

export function configureRemotes(config: RuntimeConfig): void {
  entries = config.remotes;
  // Issue #14 §4: before any tab's remoteEntry.js runs, so that each tab's runtime applies it too.
  const shell = getInstance();
  if (shell) registerGlobalPlugins([shellProvidesShared(shell)]);
  registerPlugins([fallbackPlugin]);
  registerRemotes(Object.entries(entries).map(([name, entry]) => ({ name, entry })));
}

const loaded = new Map<RemoteName, Promise<RemoteAppModule>>();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attemptLoad(name: RemoteName, attempts: number, delayMs: number): Promise<RemoteAppModule> {
  const entry = entries[name];
  if (!entry) throw new RemoteUnavailableError(name, new Error('No manifest URL configured'));
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const module = await loadRemote<MaybeUnavailable>(`${name}/app`);
      if (module && !module[UNAVAILABLE] && typeof module.RemoteApp === 'function') return module;
      lastError = module?.[UNAVAILABLE] ?? new Error(`${name}/app has no RemoteApp`);
    } catch (error) {
      lastError = error;
    }
    // Forget the failed manifest/entry so the next attempt fetches it again.
    registerRemotes([{ name, entry }], { force: true });
    if (attempt < attempts) await wait(delayMs * attempt);
  }
  throw new RemoteUnavailableError(name, lastError);
}

/** Loads a tab's `./app` once per page, with retries (backoff); a failure is forgotten so "retry" tries again. */
export function loadRemoteApp(name: RemoteName, { attempts = 3, delayMs = 300 } = {}): Promise<RemoteAppModule> {
  let promise = loaded.get(name);
  if (!promise) {
    promise = attemptLoad(name, attempts, delayMs);
    loaded.set(name, promise);
    promise.catch(() => loaded.delete(name));
  }
  return promise;
}
