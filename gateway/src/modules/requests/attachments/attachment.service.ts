import type { EntityManager } from '@mikro-orm/core';
import { badInput } from '../../../platform/errors';
import { Attachment } from './attachment.entity';

/** REQ-2: at most this many documents per change request. */
export const MAX_ATTACHMENTS_PER_REQUEST = 5;

const ATTACHMENT_ID = /^[0-9a-f-]{36}$/;

/** What the change-request workflow does with uploaded attachments. */
export class AttachmentService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Ties uploaded attachments of `customerId` to a request. Unknown ids, another customer's ids and
   * ids already claimed get the same answer (X-4: nothing tells them apart). Nothing is flushed: the
   * caller's transaction writes it together with the request.
   */
  async claimForRequest(customerId: string, attachmentIds: string[], requestRef: string, alreadyOnRequest: number): Promise<Attachment[]> {
    const ids = [...new Set(attachmentIds)];
    if (alreadyOnRequest + ids.length > MAX_ATTACHMENTS_PER_REQUEST) {
      throw badInput(`A request takes at most ${MAX_ATTACHMENTS_PER_REQUEST} documents`, [
        {
          field: 'attachmentIds',
          code: 'TOO_MANY_ATTACHMENTS',
          message: `At most ${MAX_ATTACHMENTS_PER_REQUEST} documents per request (${alreadyOnRequest} already attached)`,
        },
      ]);
    }
    if (ids.length === 0) return [];
    const wellFormed = ids.filter((id) => ATTACHMENT_ID.test(id));
    const found =
      wellFormed.length === ids.length
        ? await this.em.find(Attachment, { id: { $in: wellFormed }, customer: customerId, requestRef: null })
        : [];
    if (found.length !== ids.length) {
      throw badInput('Some documents cannot be attached', [
        {
          field: 'attachmentIds',
          code: 'ATTACHMENT_NOT_FOUND',
          message: 'Upload the document again: it was not found or is already attached',
        },
      ]);
    }
    for (const attachment of found) attachment.requestRef = requestRef;
    const byId = new Map(found.map((attachment) => [attachment.id, attachment]));
    return ids.map((id) => byId.get(id)!);
  }

  /** The documents of a request, oldest first. */
  listForRequest(requestRef: string): Promise<Attachment[]> {
    return this.em.find(Attachment, { requestRef }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /** The documents of many requests in one query (for lists and DataLoaders: no N+1). */
  async listForRequests(requestRefs: readonly string[]): Promise<Map<string, Attachment[]>> {
    const byRequest = new Map(requestRefs.map((ref): [string, Attachment[]] => [ref, []]));
    if (requestRefs.length === 0) return byRequest;
    const attachments = await this.em.find(
      Attachment,
      { requestRef: { $in: [...new Set(requestRefs)] } },
      { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    );
    for (const attachment of attachments) byRequest.get(attachment.requestRef ?? '')?.push(attachment);
    return byRequest;
  }
}
