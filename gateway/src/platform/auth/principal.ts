import { DomainError } from '../errors';

export type CustomerProfile = 'ADMINISTRATOR' | 'VIEWER';
export type StaffRole = 'AGENT' | 'SUPERVISOR';

/** Who is calling: a customer's user (session), a partner's API token, or Customer Services staff. */
export type Principal =
  | {
      kind: 'customer-user';
      userId: string;
      customerId: string;
      profile: CustomerProfile;
      sessionId?: string;
      /** The login's language (ISO 639-1, PRO-6): texts the core system gives per language answer in it (#18 item 9). */
      language?: string;
    }
  | { kind: 'api-token'; tokenId: string; customerId: string; profile: CustomerProfile }
  | { kind: 'staff'; staffId: string; role: StaffRole; sessionId?: string };

/** Roles named in `@Authorized(...)`. Deny by default: a resolver without roles still needs a principal. */
export const Role = {
  /** Any customer user or token: reads the data of its own customer. */
  CustomerReader: 'CUSTOMER_READER',
  /** A customer administrator (user or token with the administrator profile): may change things. */
  CustomerAdministrator: 'CUSTOMER_ADMINISTRATOR',
  Staff: 'STAFF',
  Supervisor: 'SUPERVISOR',
} as const;
export type RoleName = (typeof Role)[keyof typeof Role];

export function rolesOf(principal: Principal): RoleName[] {
  switch (principal.kind) {
    case 'customer-user':
    case 'api-token':
      return principal.profile === 'ADMINISTRATOR' ? [Role.CustomerReader, Role.CustomerAdministrator] : [Role.CustomerReader];
    case 'staff':
      return principal.role === 'SUPERVISOR' ? [Role.Staff, Role.Supervisor] : [Role.Staff];
  }
}

/**
 * The language the caller reads in, when it has one of its own: a customer user's chosen language.
 * A token or a test principal has none; callers then use the customer's language of correspondence.
 */
export function callerLanguageOf(principal: Principal | null): string | null {
  return principal?.kind === 'customer-user' ? (principal.language ?? null) : null;
}

/** The customer every query of this caller is scoped to. Staff have none: they use back-office queries. */
export function customerScopeOf(principal: Principal | null): string {
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (principal.kind === 'staff') throw new DomainError('FORBIDDEN', 'This query is for customer accesses');
  return principal.customerId;
}
