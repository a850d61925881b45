import type { EntityManager } from '@mikro-orm/core';
import { ChangeRequest } from './change-request.entity';

/** PRO-8: the change requests a person submitted, for the export of their personal data. */
export async function changeRequestsSubmittedBy(em: EntityManager, loginRef: string): Promise<unknown> {
  const requests = await em.find(ChangeRequest, { submittedByRef: loginRef }, { orderBy: [{ createdAt: 'desc' }] });
  return requests.map((r) => ({ reference: r.reference, type: r.type, status: r.status, createdAt: r.createdAt.toISOString() }));
}
