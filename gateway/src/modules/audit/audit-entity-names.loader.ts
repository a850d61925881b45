import DataLoader from 'dataloader';
import type { Principal } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/graphql/context';
import type { EntityManager } from '@mikro-orm/core';

/** Which record an audit entry is about: its kind and its stored reference (login id, customer id…). */
export interface AuditSubject {
  entityType: string;
  entityRef: string;
}

/**
 * The names of one kind of subject, as far as the caller may see them: `customerId` limits them to one
 * customer's (undefined: staff, every customer's). The module that owns the subject gives the source;
 * the composition root registers it (app/), so that audit needs no other module (issue #14 §1).
 */
export type AuditSubjectNames = (em: EntityManager, refs: string[], customerId: string | undefined) => Promise<Map<string, string>>;

const subjectNames = new Map<string, AuditSubjectNames>();

/** Registers who names the subjects of one kind ('login', 'customer'…). */
export function nameAuditSubjects(entityType: string, names: AuditSubjectNames): void {
  subjectNames.set(entityType, names);
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
        for (const [entityType, namesOf] of subjectNames) {
          const refs = [...new Set(subjects.filter((s) => s.entityType === entityType).map((s) => s.entityRef))];
          if (!refs.length) continue;
          for (const [ref, name] of await namesOf(ctx.em, refs, scope.customer)) names.set(keyOf({ entityType, entityRef: ref }), name);
        }
      }
      return subjects.map((subject) => names.get(keyOf(subject)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
