import type { EntityManager } from '@mikro-orm/core';
import { DomainError, notFound } from '../../platform/errors';
import type { GatewaySettings } from '../../platform/graphql/context';
import { AuditService } from '../audit';
import { CustomerService } from '../customers';
import { IdentityService, LoginDirectory, LoginStatus, type CustomerLogin, type StaffAccount } from '../identity';
import { backOfficeCustomerOf, type BackOfficeCustomer, type BackOfficeLogin } from '../requests';

/** Customer Services' look-ups and actions on customers and their accesses (BO-4), through the customers and identity modules. */
export class BackOfficeService {
  private readonly logins: LoginDirectory;

  constructor(
    private readonly em: EntityManager,
    private readonly settings: GatewaySettings,
  ) {
    this.logins = new LoginDirectory(em);
  }

  /** The signed-in staff member, or FORBIDDEN for anyone else. */
  async currentStaff(staffId: string | undefined): Promise<StaffAccount> {
    const staff = staffId ? await this.logins.staffByRef(staffId) : null;
    if (!staff) throw new DomainError('FORBIDDEN', 'This is for Customer Services staff');
    return staff;
  }

  /** By customer number, enterprise number or part of the name; at most 50, each with its number of logins. */
  async searchCustomers(search: string): Promise<BackOfficeCustomer[]> {
    const text = search.trim();
    if (text.length < 2) return [];
    const customers = await new CustomerService(this.em).search(text, 50);
    const counts = await this.logins.loginCountsOf(customers.map((c) => c.id));
    return customers.map((c) => backOfficeCustomerOf(c, counts.get(c.id) ?? 0));
  }

  /** The logins of one customer by name, a locked one shown as LOCKED. */
  async customerLogins(customerNumber: string, now: Date): Promise<BackOfficeLogin[]> {
    const customer = await new CustomerService(this.em).findByCustomerNumber(customerNumber.trim());
    if (!customer) throw notFound('Customer');
    const logins = await this.logins.loginsOf(customer.id);
    return logins.map((l) => ({
      ...backOfficeLogin(l),
      status: l.status === LoginStatus.ACTIVE && l.lockedUntil && l.lockedUntil > now ? LoginStatus.LOCKED : l.status,
      activationExpiresAt: l.status === LoginStatus.PENDING_ACTIVATION ? (l.temporaryPasswordExpiresAt ?? null) : null,
    }));
  }

  /** ACC-3: a new temporary password for a login not activated yet, recorded in the audit trail. */
  async reissueActivation(staff: StaffAccount, loginId: string, now: Date): Promise<BackOfficeLogin> {
    const login = await this.logins.withLoginId(loginId);
    if (!login) throw notFound('Login');
    if (login.status !== LoginStatus.PENDING_ACTIVATION)
      throw new DomainError('BAD_USER_INPUT', 'This login is already activated', { reason: 'ALREADY_ACTIVE' });
    await new IdentityService(this.em, this.settings).issueTemporaryPassword(login, login.customer, now);
    new AuditService(this.em).record({
      customerRef: login.customer.id,
      actor: { kind: 'staff', ref: staff.id, name: staff.name },
      action: 'login.activation-reissued',
      entityType: 'login',
      entityRef: login.loginId,
      at: now,
    });
    await this.em.flush();
    return { ...backOfficeLogin(login), status: login.status, activationExpiresAt: login.temporaryPasswordExpiresAt ?? null };
  }
}

function backOfficeLogin(login: CustomerLogin): Pick<BackOfficeLogin, 'loginId' | 'name' | 'email' | 'profile'> {
  return { loginId: login.loginId, name: login.name, email: login.email, profile: login.profile };
}
