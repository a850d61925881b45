import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where attachment bytes live, by storage key. A local folder today; an object store (S3, Azure Blob)
 * for replicas later, behind the same three calls.
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
