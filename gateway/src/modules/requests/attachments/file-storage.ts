import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MikroORM } from '@mikro-orm/core';
import { StoredFileChunk } from './stored-file-chunk.entity';

/**
 * Where attachment bytes live, by storage key: a local folder (the embedded default) or the database
 * (with DATABASE_URL, so that every replica reads what any replica stored), behind the same three calls.
 */
export interface FileStorage {
  put(key: string, source: Readable | Buffer): Promise<void>;
  /** Rejects when no file has that key. */
  get(key: string): Promise<Readable>;
  /** Does nothing when no file has that key. */
  delete(key: string): Promise<void>;
}

/** Keys are generated UUIDs; nothing a user typed ever reaches a path. */
const STORAGE_KEY = /^[0-9a-f-]{36}$/;

export class InvalidStorageKey extends Error {
  constructor(key: string) {
    super(`Refused storage key ${JSON.stringify(key.slice(0, 80))}: keys are generated UUIDs`);
    this.name = 'InvalidStorageKey';
  }
}

/**
 * Files in one folder, named by their key, readable by the gateway's user only. The folder must not be
 * served statically (config refuses UPLOAD_DIR inside SHELL_DIST). A file is written under a temporary
 * name and renamed when complete, so a reader never sees half a file.
 */
export class LocalDirectoryStorage implements FileStorage {
  constructor(readonly rootDir: string) {}

  async put(key: string, source: Readable | Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(this.rootDir, { recursive: true, mode: 0o700 });
    const partial = join(this.rootDir, `.${key}.${randomBytes(6).toString('hex')}.partial`);
    try {
      // flush: the bytes are on disk before the rename makes the file visible.
      await pipeline(
        Buffer.isBuffer(source) ? Readable.from([source]) : source,
        createWriteStream(partial, { flags: 'wx', mode: 0o600, flush: true }),
      );
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    // Opened here so that a missing file rejects now, not later as a stream error.
    const handle = await open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!STORAGE_KEY.test(key)) throw new InvalidStorageKey(key);
    return join(this.rootDir, key);
  }
}

/** 256 KiB: a 10 MB upload is 40 rows; a reader holds one chunk at a time. */
export const DATABASE_CHUNK_BYTES = 256 * 1024;

/**
 * Files in the database (table stored_file_chunk), shared by every gateway replica (issue #13 §4). A
 * file is written in chunks inside one transaction — a reader never sees half a file, a failed upload
 * leaves no row — and read back one chunk per query, so neither side holds a whole file in memory.
 */
export class DatabaseFileStorage implements FileStorage {
  constructor(
    private readonly orm: MikroORM,
    private readonly chunkBytes = DATABASE_CHUNK_BYTES,
  ) {}

  async put(key: string, source: Readable | Buffer): Promise<void> {
    checkKey(key);
    await this.orm.em.fork().transactional(async (em) => {
      let sequence = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const write = async (bytes: Buffer) => {
        await em.insert(StoredFileChunk, { storageKey: key, sequence, bytes });
        sequence += 1;
      };
      for await (const piece of Buffer.isBuffer(source) ? [source] : source) {
        let rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece as string);
        while (pendingBytes + rest.length >= this.chunkBytes) {
          const take = this.chunkBytes - pendingBytes;
          await write(Buffer.concat([...pending, rest.subarray(0, take)]));
          rest = rest.subarray(take);
          pending = [];
          pendingBytes = 0;
        }
        if (rest.length > 0) {
          pending.push(rest);
          pendingBytes += rest.length;
        }
      }
      // An empty file still gets its one (empty) chunk, so that get() can tell it from a missing one.
      if (pendingBytes > 0 || sequence === 0) await write(Buffer.concat(pending));
    });
  }

  async get(key: string): Promise<Readable> {
    checkKey(key);
    // Read here so that a missing file rejects now, not later as a stream error.
    const first = await this.chunk(key, 0);
    if (!first) throw Object.assign(new Error(`no stored file ${key}`), { code: 'ENOENT' });
    const next = (sequence: number) => this.chunk(key, sequence);
    return Readable.from(
      (async function* () {
        yield first;
        for (let sequence = 1; ; sequence += 1) {
          const bytes = await next(sequence);
          if (!bytes) return;
          yield bytes;
        }
      })(),
    );
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    await this.orm.em.fork().nativeDelete(StoredFileChunk, { storageKey: key });
  }

  private async chunk(key: string, sequence: number): Promise<Buffer | null> {
    const rows: { bytes: Buffer | Uint8Array }[] = await this.orm.em
      .fork()
      .getConnection()
      .execute('select bytes from stored_file_chunk where storage_key = ? and sequence = ?', [key, sequence]);
    const bytes = rows[0]?.bytes;
    return bytes ? Buffer.from(bytes) : null;
  }
}

function checkKey(key: string): void {
  if (!STORAGE_KEY.test(key)) throw new InvalidStorageKey(key);
}
