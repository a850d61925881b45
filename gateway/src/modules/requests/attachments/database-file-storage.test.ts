import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../../test/test-gateway';
import { DatabaseFileStorage, InvalidStorageKey } from './file-storage';
import { StoredFileChunk } from './stored-file-chunk.entity';

/** Issue #13 §4: attachments in the database (SQLite here, PostgreSQL with DATABASE_URL), in chunks. */
let t: TestGateway;
let storage: DatabaseFileStorage;

beforeAll(async () => {
  t = await startTestGateway();
  storage = new DatabaseFileStorage(t.orm, 1024);
});
afterAll(() => t.close());

const chunksOf = async (key: string) =>
  (await t.orm.em.fork().find(StoredFileChunk, { storageKey: key }, { orderBy: { sequence: 'asc' } })).map((c) => c.bytes.length);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('DatabaseFileStorage (issue #13 §4)', () => {
  it('stores a Buffer or a stream in chunks of the set size and gives the same bytes back', async () => {
    const small = randomUUID();
    await storage.put(small, Buffer.from('statuts coordonnés'));
    expect(await text(await storage.get(small))).toBe('statuts coordonnés');
    expect(await chunksOf(small)).toEqual([19]);

    // 3 000 bytes in odd pieces: the chunks are cut at 1 024 whatever the pieces' sizes
    const content = randomBytes(3000);
    const pieces = [content.subarray(0, 7), content.subarray(7, 1500), content.subarray(1500, 2048), content.subarray(2048)];
    const large = randomUUID();
    await storage.put(large, Readable.from(pieces));
    expect(await chunksOf(large)).toEqual([1024, 1024, 952]);
    expect(sha(await buffer(await storage.get(large)))).toBe(sha(content));
  });

  it('a file of exactly one chunk, and an empty file, come back as they were', async () => {
    const exact = randomUUID();
    await storage.put(exact, Buffer.alloc(1024, 7));
    expect(await chunksOf(exact)).toEqual([1024]);
    expect((await buffer(await storage.get(exact))).equals(Buffer.alloc(1024, 7))).toBe(true);
    const empty = randomUUID();
    await storage.put(empty, Buffer.alloc(0));
    expect((await buffer(await storage.get(empty))).length).toBe(0);
  });

  it('a source that fails half-way leaves no row; a missing key rejects; delete removes every chunk', async () => {
    const broken = randomUUID();
    const failing = Readable.from(
      (async function* () {
        yield randomBytes(2500);
        throw new Error('connection reset by the uploader');
      })(),
    );
    await expect(storage.put(broken, failing)).rejects.toThrow('connection reset by the uploader');
    expect(await chunksOf(broken)).toEqual([]);
    await expect(storage.get(broken)).rejects.toMatchObject({ code: 'ENOENT' });

    const kept = randomUUID();
    await storage.put(kept, randomBytes(2100));
    expect(await chunksOf(kept)).toEqual([1024, 1024, 52]);
    await storage.delete(kept);
    expect(await chunksOf(kept)).toEqual([]);
    await expect(storage.get(kept)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a key that is not a generated UUID before touching the database', async () => {
    for (const key of ['../etc/passwd', "x' or 1=1 --", '']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKey);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKey);
    }
  });
});
