import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidStorageKey, LocalDirectoryStorage } from './file-storage';

let root: string;
let storage: LocalDirectoryStorage;

beforeEach(() => {
  root = join(mkdtempSync(join(tmpdir(), 'cc-storage-')), 'files');
  storage = new LocalDirectoryStorage(root);
});
afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('LocalDirectoryStorage', () => {
  it('stores a Buffer or a stream under its key, readable by the owner only, and gives it back', async () => {
    const first = randomUUID();
    const second = randomUUID();
    await storage.put(first, Buffer.from('first file'));
    await storage.put(second, Readable.from([Buffer.from('second '), Buffer.from('file')]));
    expect(readdirSync(root).sort()).toEqual([first, second].sort());
    expect(statSync(join(root, first)).mode & 0o777).toBe(0o600);
    expect(statSync(root).mode & 0o777).toBe(0o700);
    expect(await text(await storage.get(first))).toBe('first file');
    expect(await text(await storage.get(second))).toBe('second file');
  });

  it('never shows a half-written file under its key, and leaves nothing when the source fails', async () => {
    const key = randomUUID();
    const source = new PassThrough();
    const writing = storage.put(key, source);
    source.write('half of the ');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(root)).toHaveLength(1);
    expect(readdirSync(root)[0]).toMatch(new RegExp(`^\\.${key}\\.[0-9a-f]{12}\\.partial$`));
    source.destroy(new Error('client went away'));
    await expect(writing).rejects.toThrow('client went away');
    expect(readdirSync(root)).toEqual([]);
    await expect(storage.get(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each(['../../etc/passwd', 'ABCDEF00-0000-0000-0000-000000000000', `${randomUUID()}.pdf`, '', 'a/b', randomUUID().slice(0, 35)])(
    'refuses the key %j for every operation',
    async (key) => {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKey);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKey);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKey);
    },
  );

  it('deletes, and deleting twice is not an error', async () => {
    const key = randomUUID();
    await storage.put(key, Buffer.from('x'));
    await storage.delete(key);
    await storage.delete(key);
    expect(readdirSync(root)).toEqual([]);
  });
});
