import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { ApiToken } from './api-token.entity';
import { CustomerLogin } from './customer-login.entity';
import { LoginProfile, LoginStatus } from './identity.enums';
import { StaffAccount } from './staff-account.entity';

const LOGIN_ID = /^\d{9}$/;

/**
 * What other modules need to read of logins, integration tokens and staff accounts (issue #14 §1):
 * profile management (PRO-1 … PRO-5), change requests (REQ-*), registrations and the back office
 * (BO-4) ask here instead of querying identity's tables. Every customer-side read takes the customer,
 * so another customer's login is "not found".
 */
export class LoginDirectory {
  constructor(private readonly em: EntityManager) {}

  /** Every login of a customer, by name then login id. */
  loginsOf(customerId: string): Promise<CustomerLogin[]> {
    return this.em.find(CustomerLogin, { customer: customerId }, { orderBy: [{ name: 'asc' }, { loginId: 'asc' }] });
  }

  countLoginsOf(customerId: string): Promise<number> {
    return this.em.count(CustomerLogin, { customer: customerId });
  }

  /** How many logins each customer has, in one statement for a page of customers (BO-4). */
  async loginCountsOf(customerIds: string[]): Promise<Map<string, number>> {
    if (!customerIds.length) return new Map();
    const rows: { customer_id: string; n: number | string }[] = await this.em
      .getConnection()
      .execute(
        `select customer_id, count(*) as n from customer_login where customer_id in (${customerIds.map(() => '?').join(', ')}) group by customer_id`,
        customerIds,
      );
    return new Map(rows.map((row) => [row.customer_id, Number(row.n)]));
  }

  /** PRO-2: an e-mail address has one live access per customer. */
  countLiveWithEmail(customerId: string, email: string): Promise<number> {
    return this.em.count(CustomerLogin, { customer: customerId, email, status: { $ne: LoginStatus.DEACTIVATED } });
  }

  /** The login with this 9-digit id in this customer, or null (also for text that is no login id). */
  async inCustomer(customerId: string, loginId: string): Promise<CustomerLogin | null> {
    const id = loginId.trim();
    return LOGIN_ID.test(id) ? this.em.findOne(CustomerLogin, { loginId: id, customer: customerId }) : null;
  }

  /** Staff only (BO-4): the login with this 9-digit id, with its customer, whatever the customer. */
  withLoginId(loginId: string): Promise<CustomerLogin | null> {
    return this.em.findOne(CustomerLogin, { loginId: loginId.trim() }, { populate: ['customer'] });
  }

  byRef(id: string, options: { activeOnly?: boolean; withCustomer?: boolean } = {}): Promise<CustomerLogin | null> {
    return this.em.findOne(
      CustomerLogin,
      { id, ...(options.activeOnly ? { status: LoginStatus.ACTIVE } : {}) },
      options.withCustomer ? { populate: ['customer'] } : {},
    );
  }

  /** PRO-6: the language this login chose for the portal (what the exports for people speak), or null when it is not this customer's. */
  async languageOf(customerId: string, loginRef: string): Promise<string | null> {
    const login = await this.em.findOne(CustomerLogin, { id: loginRef, customer: customerId }, { fields: ['language'] });
    return login?.language ?? null;
  }

  byRefs(customerId: string, ids: string[]): Promise<CustomerLogin[]> {
    return ids.length ? this.em.find(CustomerLogin, { id: { $in: ids }, customer: customerId }) : Promise.resolve([]);
  }

  activeAdministratorsOf(customerId: string): Promise<CustomerLogin[]> {
    return this.em.find(CustomerLogin, { customer: customerId, profile: LoginProfile.ADMINISTRATOR, status: LoginStatus.ACTIVE });
  }

  /** PRO-3: the other active administrators of a customer, to keep at least one. */
  countOtherActiveAdministrators(customerId: string, exceptRef: string): Promise<number> {
    return this.em.count(CustomerLogin, {
      customer: customerId,
      profile: LoginProfile.ADMINISTRATOR,
      status: LoginStatus.ACTIVE,
      id: { $ne: exceptRef },
    });
  }

  // ——— PRO-5 integration tokens ———

  tokensOf(customerId: string, createdByRef?: string): Promise<ApiToken[]> {
    return this.em.find(
      ApiToken,
      { customer: customerId, ...(createdByRef ? { createdByLoginRef: createdByRef } : {}) },
      { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] },
    );
  }

  /** Tokens of the customer created by `loginRef` that still work (not revoked, not expired). */
  liveTokensCreatedBy(customerId: string, loginRef: string, now: Date): Promise<ApiToken[]> {
    return this.em.find(
      ApiToken,
      { customer: customerId, createdByLoginRef: loginRef, revokedAt: null, expiresAt: { $gt: now } },
      { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] },
    );
  }

  tokenInCustomer(customerId: string, id: string): Promise<ApiToken | null> {
    return this.em.findOne(ApiToken, { id, customer: customerId });
  }

  tokenByRef(id: string): Promise<ApiToken | null> {
    return this.em.findOne(ApiToken, { id });
  }

  /** A new token, persisted at the next flush. */
  addToken(fields: RequiredEntityData<ApiToken>): ApiToken {
    return this.em.create(ApiToken, fields);
  }

  // ——— Customer Services ———

  staffByRef(id: string): Promise<StaffAccount | null> {
    return this.em.findOne(StaffAccount, { id });
  }

  staffByRefs(ids: string[]): Promise<StaffAccount[]> {
    return ids.length ? this.em.find(StaffAccount, { id: { $in: ids } }) : Promise.resolve([]);
  }
}
