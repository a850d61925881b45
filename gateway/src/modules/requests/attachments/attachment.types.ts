import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Attachment } from './attachment.entity';

@ObjectType({ description: 'A supporting document attached to a change request (REQ-2).', simpleResolvers: true })
export class AttachmentInfo {
  @Field(() => ID, { description: 'Opaque id of the attachment.' })
  id!: string;

  @Field(() => String, { description: 'Name of the file as uploaded, cleaned of paths and unusual characters.' })
  fileName!: string;

  @Field(() => String, {
    description: 'Type detected from the content: application/pdf, image/jpeg or image/png.',
  })
  mediaType!: string;

  @Field(() => Int, { description: 'Size in bytes (at most 10 MB).' })
  sizeBytes!: number;

  @Field(() => Date, { description: 'When it was uploaded.' })
  createdAt!: Date;

  @Field(() => String, { description: 'Relative URL that downloads the file for the same signed-in caller (GET, session or token).' })
  downloadUrl!: string;
}

/** What GraphQL shows of a stored attachment. */
export function attachmentInfoOf(attachment: Attachment): AttachmentInfo {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    sizeBytes: attachment.sizeBytes,
    createdAt: attachment.createdAt,
    downloadUrl: `/attachments/${attachment.id}`,
  };
}
