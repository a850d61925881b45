import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One slice of an attachment's bytes when the files live in the database (DATABASE_URL): every
 * replica reads the same rows, and a file is written and read one chunk at a time, never whole.
 */
@Entity({ tableName: 'stored_file_chunk' })
export class StoredFileChunk {
  /** The attachment's storage key (a generated UUID). */
  @PrimaryKey({ type: 'string', length: 36 })
  storageKey!: string;

  /** 0, 1, 2…: the order of the chunks in the file. */
  @PrimaryKey({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'blob' })
  bytes!: Buffer;
}
