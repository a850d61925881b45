import type { EntityManager } from '@mikro-orm/core';
import { Customer } from './customer.entity';

/** PRO-7, BO-5: the company name of each customer id; only `customerId`'s own when it is given (a customer sees no other company named). */
export async function customerNamesOf(em: EntityManager, ids: string[], customerId: string | undefined): Promise<Map<string, string>> {
  const visible = customerId ? ids.filter((id) => id === customerId) : ids;
  if (!visible.length) return new Map();
  const customers = await em.find(Customer, { id: { $in: visible } });
  return new Map(customers.map((customer) => [customer.id, customer.name]));
}
