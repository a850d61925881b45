import type { EntityManager } from '@mikro-orm/core';
import { addDaysIso, isIsoDate } from '../../core/iso-date';
import { endOfBrusselsDay, brusselsDateOf } from '../../core/brussels-time';
import { randomToken, sha256Hex } from '../../platform/auth/secrets';
import { DomainError, badInput, notFound } from '../../platform/errors';
import { CustomerService } from '../customers';
import {
  API_TOKEN_PREFIX,
  ApiToken,
  CustomerLogin,
  IdentityService,
  LoginDirectory,
  LoginProfile,
  LoginStatus,
  SessionService,
  type IdentitySettings,
} from '../identity';
import {
  CreatedTokensChoice,
  type ApiTokenInfo,
  type CreateApiTokenInput,
  type CreateLoginInput,
  type Login,
  type TokenCreator,
} from './profile.types';
import { AuditService } from '../audit';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Profile management (PRO-1 … PRO-5), always inside one customer: another customer's login is "not found". */
export class ProfileService {
  private readonly logins: LoginDirectory;

  constructor(
    private readonly em: EntityManager,
    private readonly settings: IdentitySettings,
  ) {
    this.logins = new LoginDirectory(em);
  }

  async listLogins(customerId: string, callerLoginRef: string | null, now: Date): Promise<Login[]> {
    const logins = await this.logins.loginsOf(customerId);
    return logins.map((login) => toLogin(login, callerLoginRef, now));
  }

  async createLogin(customerId: string, callerLoginRef: string, input: CreateLoginInput, now: Date): Promise<Login> {
    const name = input.name.trim();
    const email = input.email.trim().toLowerCase();
    const problems = [];
    if (name.length < 2 || name.length > 200)
      problems.push({ field: 'name', code: 'NAME_INVALID', message: 'Between 2 and 200 characters' });
    if (!EMAIL.test(email) || email.length > 254)
      problems.push({ field: 'email', code: 'EMAIL_INVALID', message: 'Not an e-mail address' });
    if (problems.length) throw badInput('The new access is not valid', problems);
    const taken = await this.logins.countLiveWithEmail(customerId, email);
    if (taken > 0)
      throw badInput('This e-mail address already has an access', [
        { field: 'email', code: 'EMAIL_TAKEN', message: 'Already has an access' },
      ]);
    const customer = await new CustomerService(this.em).getCustomer(customerId);
    const login = await new IdentityService(this.em, this.settings).createLogin(
      customer,
      { name, email, profile: input.profile },
      callerLoginRef,
      now,
    );
    await this.audit(customerId, callerLoginRef, 'login.created', login.loginId, undefined, { name, email, profile: input.profile }, now);
    await this.em.flush();
    return toLogin(login, callerLoginRef, now);
  }

  async changeProfile(customerId: string, callerLoginRef: string, loginId: string, profile: LoginProfile, now: Date): Promise<Login> {
    const login = await this.loginOf(customerId, loginId);
    if (login.profile === LoginProfile.ADMINISTRATOR && profile !== LoginProfile.ADMINISTRATOR)
      await this.assertNotLastAdministrator(customerId, login);
    await this.audit(customerId, callerLoginRef, 'login.profile-changed', login.loginId, { profile: login.profile }, { profile }, now);
    login.profile = profile;
    await this.em.flush();
    return toLogin(login, callerLoginRef, now);
  }

  /**
   * PRO-3: deactivates a login and closes its sessions. The integration tokens it created would
   * otherwise outlive it (issue #11 §5): they are revoked with it unless the administrator chooses
   * to keep them, and the choice and the tokens concerned are in the audit log.
   */
  async deactivate(
    customerId: string,
    callerLoginRef: string,
    loginId: string,
    now: Date,
    createdTokens: CreatedTokensChoice = CreatedTokensChoice.REVOKE,
  ): Promise<Login> {
    const login = await this.loginOf(customerId, loginId);
    if (login.profile === LoginProfile.ADMINISTRATOR) await this.assertNotLastAdministrator(customerId, login);
    const tokens = await this.liveTokensCreatedBy(customerId, login.id, now);
    await this.audit(
      customerId,
      callerLoginRef,
      'login.deactivated',
      login.loginId,
      { status: login.status },
      {
        status: LoginStatus.DEACTIVATED,
        createdTokens: createdTokens === CreatedTokensChoice.REVOKE ? 'REVOKED' : 'KEPT',
        tokens: tokens.map((token) => token.displayPrefix),
      },
      now,
    );
    if (createdTokens === CreatedTokensChoice.REVOKE) {
      for (const token of tokens) {
        await this.audit(customerId, callerLoginRef, 'token.revoked', token.displayPrefix, undefined, { name: token.name }, now);
        token.revokedAt = now;
      }
    }
    login.status = LoginStatus.DEACTIVATED;
    login.temporaryPasswordHash = null;
    login.temporaryPasswordExpiresAt = null;
    login.activationReminderDay = null;
    await new SessionService(this.em).closeAllActingAs(login.id);
    await this.em.flush();
    return toLogin(login, callerLoginRef, now);
  }

  /** Tokens of the customer created by `loginRef` that still work (not revoked, not expired). */
  private liveTokensCreatedBy(customerId: string, loginRef: string, now: Date): Promise<ApiToken[]> {
    return this.logins.liveTokensCreatedBy(customerId, loginRef, now);
  }

  async reactivate(customerId: string, callerLoginRef: string, loginId: string, now: Date): Promise<Login> {
    const login = await this.loginOf(customerId, loginId);
    if (login.status !== LoginStatus.DEACTIVATED) throw badInput('This login is not deactivated', [], 'NOT_DEACTIVATED');
    await this.audit(customerId, callerLoginRef, 'login.reactivated', login.loginId, { status: login.status }, undefined, now);
    if (login.passwordHash) {
      login.status = LoginStatus.ACTIVE;
    } else {
      login.status = LoginStatus.PENDING_ACTIVATION;
      await new IdentityService(this.em, this.settings).issueTemporaryPassword(
        login,
        await new CustomerService(this.em).getCustomer(customerId),
        now,
      );
    }
    await this.em.flush();
    return toLogin(login, callerLoginRef, now);
  }

  /** ACC-3: an administrator re-issues the activation of a login it created. */
  async reissueActivation(customerId: string, callerLoginRef: string, loginId: string, now: Date): Promise<Login> {
    const login = await this.loginOf(customerId, loginId);
    if (login.createdByLoginRef !== callerLoginRef) {
      throw new DomainError(
        'FORBIDDEN',
        'Only the administrator who created this access can re-issue its activation; Customer Services can too',
        {
          reason: 'NOT_CREATOR',
        },
      );
    }
    if (login.status !== LoginStatus.PENDING_ACTIVATION) throw badInput('This access is already activated', [], 'ALREADY_ACTIVE');
    await this.audit(customerId, callerLoginRef, 'login.activation-reissued', login.loginId, undefined, undefined, now);
    await new IdentityService(this.em, this.settings).issueTemporaryPassword(
      login,
      await new CustomerService(this.em).getCustomer(customerId),
      now,
    );
    await this.em.flush();
    return toLogin(login, callerLoginRef, now);
  }

  // ——— PRO-5 integration tokens ———

  /** The customer's tokens with who created each (one query for the creators); `createdByLoginId` narrows to one creator. */
  async listApiTokens(customerId: string, createdByLoginId: string | null = null): Promise<ApiTokenInfo[]> {
    let createdBy: string | undefined;
    if (createdByLoginId !== null) {
      const creator = await this.logins.inCustomer(customerId, createdByLoginId);
      if (!creator) return [];
      createdBy = creator.id;
    }
    const tokens = await this.logins.tokensOf(customerId, createdBy);
    const creators = await this.creatorsOf(customerId, tokens);
    return tokens.map((token) => toApiTokenInfo(token, creators.get(token.createdByLoginRef) ?? null));
  }

  private async creatorsOf(customerId: string, tokens: ApiToken[]): Promise<Map<string, TokenCreator>> {
    const ids = [...new Set(tokens.map((token) => token.createdByLoginRef))];
    if (ids.length === 0) return new Map();
    const logins = await this.logins.byRefs(customerId, ids);
    return new Map(logins.map((login) => [login.id, { loginId: login.loginId, name: login.name, status: login.status }]));
  }

  async createApiToken(
    customerId: string,
    callerLoginRef: string,
    input: CreateApiTokenInput,
    now: Date,
  ): Promise<{ token: string; apiToken: ApiTokenInfo }> {
    const name = input.name.trim();
    const today = brusselsDateOf(now);
    const problems = [];
    if (name.length < 2 || name.length > 100)
      problems.push({ field: 'name', code: 'NAME_INVALID', message: 'Between 2 and 100 characters' });
    if (!isIsoDate(input.expiresOn) || input.expiresOn < today || input.expiresOn > addDaysIso(today, 731)) {
      problems.push({ field: 'expiresOn', code: 'EXPIRY_INVALID', message: 'A date from today to 2 years ahead' });
    }
    if (problems.length) throw badInput('The token is not valid', problems);
    const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
    const stored = this.logins.addToken({
      customer: await new CustomerService(this.em).getCustomer(customerId),
      name,
      profile: input.profile,
      tokenHash: sha256Hex(token),
      displayPrefix: token.slice(0, 10),
      expiresAt: endOfBrusselsDay(input.expiresOn),
      createdByLoginRef: callerLoginRef,
      createdAt: now,
      updatedAt: now,
    });
    await this.audit(
      customerId,
      callerLoginRef,
      'token.created',
      stored.displayPrefix,
      undefined,
      { name, profile: input.profile, expiresOn: input.expiresOn },
      now,
    );
    await this.em.flush();
    const creator = await this.logins.byRef(callerLoginRef);
    return {
      token,
      apiToken: toApiTokenInfo(stored, creator ? { loginId: creator.loginId, name: creator.name, status: creator.status } : null),
    };
  }

  async revokeApiToken(customerId: string, id: string, now: Date, callerLoginRef?: string): Promise<ApiTokenInfo> {
    const token = await this.logins.tokenInCustomer(customerId, id);
    if (!token) throw notFound('Token');
    if (!token.revokedAt && callerLoginRef)
      await this.audit(customerId, callerLoginRef, 'token.revoked', token.displayPrefix, undefined, { name: token.name }, now);
    token.revokedAt ??= now;
    await this.em.flush();
    return toApiTokenInfo(token, (await this.creatorsOf(customerId, [token])).get(token.createdByLoginRef) ?? null);
  }

  /** PRO-7 / BO-5: who changed which access, when, before and after. */
  private async audit(
    customerId: string,
    callerLoginRef: string,
    action: string,
    entityRef: string,
    before: unknown,
    after: unknown,
    now: Date,
  ): Promise<void> {
    const caller = await this.logins.byRef(callerLoginRef);
    new AuditService(this.em).record({
      customerRef: customerId,
      actor: { kind: 'customer', ref: callerLoginRef, name: caller?.name ?? 'Administrator' },
      action,
      entityType: action.startsWith('token.') ? 'api_token' : 'login',
      entityRef,
      before,
      after,
      at: now,
    });
  }

  private async loginOf(customerId: string, loginId: string): Promise<CustomerLogin> {
    const login = await this.logins.inCustomer(customerId, loginId);
    if (!login) throw notFound('Login');
    return login;
  }

  /** PRO-3: a customer always keeps one active administrator. */
  private async assertNotLastAdministrator(customerId: string, login: CustomerLogin): Promise<void> {
    if (login.status !== LoginStatus.ACTIVE) return;
    const others = await this.logins.countOtherActiveAdministrators(customerId, login.id);
    if (others === 0) {
      throw new DomainError('FORBIDDEN', 'This is the last active administrator: make another login administrator first', {
        reason: 'LAST_ADMINISTRATOR',
      });
    }
  }
}

function toLogin(login: CustomerLogin, callerLoginRef: string | null, now: Date): Login {
  const locked = login.status === LoginStatus.ACTIVE && login.lockedUntil != null && login.lockedUntil > now;
  return {
    id: login.id,
    loginId: login.loginId,
    name: login.name,
    email: login.email,
    profile: login.profile,
    status: locked ? LoginStatus.LOCKED : login.status,
    lastLoginAt: login.lastLoginAt ?? null,
    activationExpiresAt: login.status === LoginStatus.PENDING_ACTIVATION ? (login.temporaryPasswordExpiresAt ?? null) : null,
    secondFactorEnabled: Boolean(login.totpEnabledAt),
    createdByCaller: callerLoginRef !== null && login.createdByLoginRef === callerLoginRef,
    createdAt: login.createdAt,
  };
}

function toApiTokenInfo(token: ApiToken, createdBy: TokenCreator | null): ApiTokenInfo {
  return {
    id: token.id,
    name: token.name,
    profile: token.profile,
    displayPrefix: token.displayPrefix,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt ?? null,
    revokedAt: token.revokedAt ?? null,
    createdAt: token.createdAt,
    createdBy,
  };
}
