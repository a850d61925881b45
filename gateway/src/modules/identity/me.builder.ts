import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../../platform/auth/principal';
import type { SessionRef } from '../../platform/auth/request-auth';
import { CorrespondenceLanguage, CustomerService } from '../customers';
import { ApiToken } from './api-token.entity';
import { CustomerLogin } from './customer-login.entity';
import { PrincipalKind } from './identity.enums';
import type { Me } from './identity.types';
import { LoginLinkService } from './login-link.service';
import { StaffAccount } from './staff-account.entity';

const languageOf = (code: string): CorrespondenceLanguage =>
  code === 'nl' ? CorrespondenceLanguage.NL : code === 'en' ? CorrespondenceLanguage.EN : CorrespondenceLanguage.FR;

export async function principalOfSession(em: EntityManager, session: SessionRef): Promise<Principal> {
  if (session.kind === 'staff') {
    const staff = await em.findOneOrFail(StaffAccount, { id: session.accountRef });
    return { kind: 'staff', staffId: staff.id, role: staff.role, sessionId: session.id };
  }
  const login = await em.findOneOrFail(CustomerLogin, { id: session.activeLoginRef });
  return {
    kind: 'customer-user',
    userId: login.id,
    customerId: login.customer.id,
    profile: login.profile,
    sessionId: session.id,
    language: login.language,
  };
}

/** The `me` answer for any kind of caller. */
export async function buildMe(em: EntityManager, principal: Principal, session: SessionRef | null): Promise<Me> {
  const base = { linkedCustomers: [], sessionExpiresAt: session?.expiresAt ?? null, notifyNewInvoice: false, secondFactorEnabled: false };
  if (principal.kind === 'staff') {
    const staff = await em.findOneOrFail(StaffAccount, { id: principal.staffId });
    return {
      ...base,
      kind: PrincipalKind.STAFF,
      loginId: null,
      name: staff.name,
      email: staff.email,
      profile: null,
      staffRole: staff.role,
      language: CorrespondenceLanguage.FR,
      secondFactorEnabled: true,
      customer: null,
    };
  }
  const customer = await new CustomerService(em).getCustomer(principal.customerId);
  const meCustomer = { customerNumber: customer.customerNumber, name: customer.name, secondFactorRequired: customer.secondFactorRequired };
  if (principal.kind === 'api-token') {
    const token = await em.findOneOrFail(ApiToken, { id: principal.tokenId });
    return {
      ...base,
      kind: PrincipalKind.API_TOKEN,
      loginId: null,
      name: token.name,
      email: null,
      profile: token.profile,
      staffRole: null,
      language: customer.language,
      customer: meCustomer,
    };
  }
  const login = await em.findOneOrFail(CustomerLogin, { id: principal.userId });
  let linkedCustomers: Me['linkedCustomers'] = [];
  if (session) {
    const own =
      session.accountRef === login.id
        ? login
        : await em.findOneOrFail(CustomerLogin, { id: session.accountRef }, { populate: ['customer'] });
    const linked = await new LoginLinkService(em).linkedLogins(session.accountRef);
    if (linked.length > 0) {
      await em.populate(own, ['customer']);
      linkedCustomers = [own, ...linked].map((l) => ({
        loginId: l.loginId,
        customerNumber: l.customer.customerNumber,
        customerName: l.customer.name,
        current: l.id === session.activeLoginRef,
      }));
    }
  }
  return {
    ...base,
    kind: PrincipalKind.CUSTOMER_USER,
    loginId: login.loginId,
    name: login.name,
    email: login.email,
    profile: login.profile,
    staffRole: null,
    language: languageOf(login.language),
    notifyNewInvoice: login.notifyNewInvoice,
    secondFactorEnabled: Boolean(login.totpEnabledAt),
    customer: meCustomer,
    linkedCustomers,
  };
}
