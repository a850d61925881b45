import { describe, expect, it } from 'vitest';
import { headerFreeStorage, withoutHeaders } from './header-free-storage';

/** A Storage like the browser's localStorage (own enumerable keys, as Object.keys sees them). */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const store: Record<string, string> = { ...initial };
  return new Proxy(store, {
    get(target, name) {
      if (name === 'getItem') return (key: string) => (key in target ? target[key] : null);
      if (name === 'setItem') return (key: string, value: string) => void (target[key] = String(value));
      if (name === 'removeItem') return (key: string) => void delete target[key];
      if (name === 'length') return Object.keys(target).length;
      return target[name as string];
    },
  }) as unknown as Storage;
}

const TOKEN = 'Bearer ccp_secret_0123456789';
const historyWithToken = JSON.stringify({
  queries: [{ query: '{ __typename }', variables: '{}', headers: `{"Authorization": "${TOKEN}"}`, operationName: null }],
});

describe('GraphiQL storage never keeps request headers (issue #20 §2)', () => {
  it.each([
    [
      'history items lose their headers',
      historyWithToken,
      JSON.stringify({ queries: [{ query: '{ __typename }', variables: '{}', operationName: null }] }),
    ],
    [
      'tab state: headers dropped at any depth',
      '{"tabs":[{"id":"a","headers":"{\\"x\\":1}","query":"{ a }"}],"activeTabIndex":0}',
      '{"tabs":[{"id":"a","query":"{ a }"}],"activeTabIndex":0}',
    ],
    ['a query text (not JSON) as it is', '{ me { name } }', '{ me { name } }'],
    ['a JSON scalar as it is', 'true', 'true'],
  ])('%s', (_name, value, stored) => {
    expect(withoutHeaders(value)).toBe(stored);
  });

  it('writes history through without the token, and never records "persist headers"', () => {
    const backing = memoryStorage();
    const storage = headerFreeStorage(backing);
    storage.setItem('graphiql:queries', historyWithToken);
    storage.setItem('graphiql:shouldPersistHeaders', 'true');
    expect(JSON.stringify(Object.entries(backing))).not.toContain('ccp_secret');
    expect(backing.getItem('graphiql:shouldPersistHeaders')).toBeNull();
    expect(storage.getItem('graphiql:shouldPersistHeaders')).toBe('false');
  });

  it('cleans what an older page stored before GraphiQL reads it', () => {
    const backing = memoryStorage({ 'graphiql:queries': historyWithToken, 'graphiql:shouldPersistHeaders': 'true', other: 'kept' });
    const storage = headerFreeStorage(backing);
    expect(storage.getItem('graphiql:queries')).not.toContain('ccp_secret');
    expect(backing.getItem('graphiql:shouldPersistHeaders')).toBeNull();
    expect(storage.length).toBe(1);
    storage.clear();
    expect(backing.getItem('other')).toBe('kept');
  });
});
