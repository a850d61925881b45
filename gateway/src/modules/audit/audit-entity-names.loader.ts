import DataLoader from 'dataloader';
import type { Principal } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/graphql/context';
import { Customer } from '../customers';
import { CustomerLogin } from '../identity';

/** Which record an audit entry is about: its kind and its stored reference (login id, customer id…). */
export interface AuditSubject {
  entityType: string;
  entityRef: string;
}

const keyOf = (subject: AuditSubject) => `${subject.entityType}\u0000${subject.entityRef}`;

/**
 * Whose people and companies a caller may see named: staff see every customer's, a customer's
 * user or token only its own customer's. An access of another company (a link across customer
 * numbers is logged in both companies) stays a number.
 */
function customerFilterOf(principal: Principal | null): { customer?: string } | null {
  if (!principal) return null;
  return principal.kind === 'staff' ? {} : { customer: principal.customerId };
}

/**
 * #18 item 11 (PRO-7, BO-5): the name behind an audit entry's reference — the person of a login,
 * the company of a customer. One statement per kind for the whole page, whatever its size.
 */
export const auditEntityNameLoader = (ctx: GraphQLContext) =>
  new DataLoader<AuditSubject, string | null, string>(
    async (subjects) => {
      const names = new Map<string, string>();
      const scope = customerFilterOf(ctx.principal);
      if (scope) {
        const loginIds = [...new Set(subjects.filter((s) => s.entityType === 'login').map((s) => s.entityRef))];
        if (loginIds.length) {
          const where = scope.customer ? { loginId: { $in: loginIds }, customer: scope.customer } : { loginId: { $in: loginIds } };
          const logins = await ctx.em.find(CustomerLogin, where);
          for (const login of logins) names.set(keyOf({ entityType: 'login', entityRef: login.loginId }), login.name);
        }
        const customerIds = [...new Set(subjects.filter((s) => s.entityType === 'customer').map((s) => s.entityRef))];
        const visibleCustomerIds = scope.customer ? customerIds.filter((id) => id === scope.customer) : customerIds;
        if (visibleCustomerIds.length) {
          const customers = await ctx.em.find(Customer, { id: { $in: visibleCustomerIds } });
          for (const customer of customers) names.set(keyOf({ entityType: 'customer', entityRef: customer.id }), customer.name);
        }
      }
      return subjects.map((subject) => names.get(keyOf(subject)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
