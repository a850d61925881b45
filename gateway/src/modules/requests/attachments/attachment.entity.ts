import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../../platform/db/base.entity';
import { Customer } from '../../customers';
import type { AttachmentMediaType } from './file-type';

export type AttachmentUploaderKind = 'customer' | 'staff';

/**
 * A supporting document (REQ-2): uploaded first, then claimed by the change request it supports.
 * The bytes live in the FileStorage under `storageKey`; the user's file name never reaches a path.
 */
@Entity({ tableName: 'attachment' })
export class Attachment extends BaseEntity {
  @ManyToOne(() => Customer, { deleteRule: 'restrict', index: true })
  customer!: Customer;

  /** The customer_login id (or API token id) for a customer upload, the staff_account id for staff. */
  @Property({ type: 'string', length: 36 })
  uploadedByRef!: string;

  @Property({ type: 'string', length: 16 })
  uploadedByKind!: AttachmentUploaderKind;

  /** The change request that claimed it; null while it only sits in the upload area. */
  @Property({ type: 'string', length: 36, nullable: true, index: true })
  requestRef?: string | null;

  /** Sanitised original name (≤ 150 characters), offered on download. */
  @Property({ type: 'string', length: 150 })
  fileName!: string;

  /** Detected from the content, never from the name or the declared Content-Type. */
  @Property({ type: 'string', length: 32 })
  mediaType!: AttachmentMediaType;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** Hex SHA-256 of the content, for integrity checks and duplicate spotting. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Generated UUID naming the file in the storage. */
  @Property({ type: 'string', length: 36 })
  @Unique()
  storageKey!: string;
}
