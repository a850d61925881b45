/**
 * GraphiQL's storage without request headers (issue #20 §2): a partner pastes
 * `{"Authorization": "Bearer ccp_…"}` in the headers editor, and that token must never reach
 * localStorage. `shouldPersistHeaders={false}` keeps headers out of the saved tabs, but the history
 * plugin still saves each run's headers with its query, and the settings dialog can switch
 * persistence back on: this storage drops every `headers` member from what GraphiQL writes and
 * never records that headers should be persisted.
 */

/** GraphiQL's `Storage` (from @graphiql/toolkit): what its `storage` prop accepts. */
export interface ExplorerStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  length: number;
}

const NAMESPACE = 'graphiql:';
const PERSIST_HEADERS_KEY = `${NAMESPACE}shouldPersistHeaders`;

/** The value GraphiQL wants to store, without any `headers` member at any depth (non-JSON values as they are). */
export function withoutHeaders(value: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value; // the query text itself, not JSON
  }
  if (typeof parsed !== 'object' || parsed === null) return value;
  return JSON.stringify(parsed, (key, member: unknown) => (key === 'headers' ? undefined : member));
}

export function headerFreeStorage(backing: Storage): ExplorerStorage {
  const ownKeys = () => Object.keys(backing).filter((key) => key.startsWith(NAMESPACE));
  // Whatever an older page stored is dropped on load, before GraphiQL reads it.
  for (const key of ownKeys()) {
    const value = backing.getItem(key);
    if (key === PERSIST_HEADERS_KEY) backing.removeItem(key);
    else if (value !== null && withoutHeaders(value) !== value) backing.setItem(key, withoutHeaders(value));
  }
  return {
    getItem: (key) => (key === PERSIST_HEADERS_KEY ? 'false' : backing.getItem(key)),
    setItem: (key, value) => {
      if (key === PERSIST_HEADERS_KEY) return;
      backing.setItem(key, withoutHeaders(value));
    },
    removeItem: (key) => backing.removeItem(key),
    clear: () => {
      for (const key of ownKeys()) backing.removeItem(key);
    },
    get length() {
      return ownKeys().length;
    },
  };
}
