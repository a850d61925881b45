import type { EntityManager } from '@mikro-orm/core';
import { CustomerLogin } from './customer-login.entity';

/** PRO-7, BO-5: the person behind each 9-digit login id, limited to one customer's logins when `customerId` is given. */
export async function loginNamesOf(em: EntityManager, loginIds: string[], customerId: string | undefined): Promise<Map<string, string>> {
  const where = customerId ? { loginId: { $in: loginIds }, customer: customerId } : { loginId: { $in: loginIds } };
  const logins = await em.find(CustomerLogin, where);
  return new Map(logins.map((login) => [login.loginId, login.name]));
}
