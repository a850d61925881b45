import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { ClientGone } from './document-export';

/**
 * A ZIP written to a response one entry at a time (DOC-4, DOC-5, DOC-7). archiver queues whatever is
 * appended, so `add` waits until the entry has gone through before the caller makes the next one:
 * with a slow client the wait grows, memory does not.
 */
export class ZipWriter {
  // archiver buffers up to 1 MB by default on each side; a smaller mark keeps a stalled download small.
  private readonly archive = new ZipArchive({ zlib: { level: 6 }, highWaterMark: 256 * 1024 });
  private readonly gone: Promise<never>;
  private finished = false;
  private readonly date: Date;

  constructor(
    private readonly out: Writable,
    date: Date,
  ) {
    this.date = date;
    this.gone = new Promise<never>((_, reject) => {
      out.once('close', () => {
        if (!this.finished && !out.writableFinished) {
          reject(new ClientGone());
          this.archive.abort();
        }
      });
      this.archive.once('error', reject);
    });
    this.gone.catch(() => undefined);
    this.archive.pipe(out);
  }

  /** PDFs are already deflated inside: stored as they are. */
  async add(name: string, data: Buffer | string | Readable, options: { store?: boolean } = {}): Promise<void> {
    const entry = once(this.archive, 'entry');
    this.archive.append(data, { name, date: this.date, store: options.store ?? false });
    await Promise.race([entry, this.gone]);
    // The entry is in archiver's buffers, not necessarily on the wire: wait while they are full.
    if (this.archive.writableNeedDrain) await Promise.race([once(this.archive, 'drain'), this.gone]);
    if (this.out.writableNeedDrain) await Promise.race([once(this.out, 'drain'), this.gone]);
  }

  async finish(): Promise<void> {
    const done = this.archive.finalize();
    await Promise.race([done, this.gone]);
    this.finished = true;
  }
}
