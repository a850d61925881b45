import type { EntityManager } from '@mikro-orm/core';
import { activationDeadlineOf, formatDeadline } from './activation-dates';
import { passwordProblems, type PasswordRule } from '../../core/password-policy';
import { base32Encode } from '../../core/base32';
import { generateTotpSecret, otpauthUri, verifyTotp } from '../../core/totp';
import { generateRecoveryCodes, keyRecoveryEntry, sealRecoveryCode } from '../../core/recovery-codes';
import { throttledAddressOf } from '../../core/address-prefix';
import { brusselsDateOf } from '../../core/brussels-time';
import {
  decryptSecret,
  encryptSecret,
  hashPassword,
  randomLoginId,
  randomTemporaryPassword,
  randomToken,
  sha256Hex,
  verifyPassword,
} from '../../platform/auth/secrets';
import { DomainError, badInput } from '../../platform/errors';
import { hitRateLimit } from '../../platform/rate-limiter';
import { enqueueMail } from '../notifications';
import { CustomerService, type Customer } from '../customers';
import { CustomerLogin } from './customer-login.entity';
import { LoginProfile, LoginStatus, SignInStatus } from './identity.enums';
import { PasswordReset } from './password-reset.entity';
import type { SessionRef } from '../../platform/auth/request-auth';
import { AttemptCounter, type LockableTable } from './attempt-counter';
import { secondFactorDemand } from './second-factor-gate';
import { SessionService } from './session.service';
import { StaffAccount } from './staff-account.entity';
import { signInLockouts } from '../../platform/metrics/instruments';
import { AuditService } from '../audit';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
export const RESET_LINK_MINUTES = 30;
/** Per-address throttle on every credential check (ACC-6): 30 attempts per 15 minutes; IPv6 counted per /64. */
export const IP_ATTEMPTS = 30;
const IP_WINDOW_MS = 15 * 60 * 1000;
const SECOND_FACTOR_ATTEMPTS = 5;

export interface IdentitySettings {
  publicUrl: string;
  secretKey: string;
  /** Development only: demo staff accounts accept 000000 as second factor. Never true in production. */
  demoSecondFactorBypass: boolean;
  /** ACC-6: credential checks per client address per 15 minutes (default 30). */
  credentialChecksPerIp?: number;
}

export interface SignInOutcome {
  status: SignInStatus;
  /** The new session's cookie token; the caller sets the cookie. */
  token: string;
  session: SessionRef;
}

const pendingSessionEnded = () =>
  new DomainError('UNAUTHENTICATED', 'This sign-in has ended: sign in with your password again', { reason: 'SESSION_ENDED' });
const secondFactorInvalid = () => new DomainError('UNAUTHENTICATED', 'The code is not correct', { reason: 'SECOND_FACTOR_INVALID' });

const invalidCredentials = () =>
  new DomainError('UNAUTHENTICATED', 'The login id or the password is not correct', { reason: 'INVALID_CREDENTIALS' });

/**
 * linkLogin's one refusal (ACC-11, #11 §5): an unknown id, a wrong password and a locked login read
 * alike, so the form cannot tell which ids exist. BAD_USER_INPUT, not UNAUTHENTICATED: the caller's
 * own session is fine and stays signed in.
 */
const linkRefused = () =>
  badInput(
    'The login id or the password is not correct',
    [{ field: 'password', code: 'INVALID_CREDENTIALS', message: 'The login id or the password is not correct' }],
    'INVALID_CREDENTIALS',
  );

/**
 * Activation, sign-in, second factor, password reset (ACC-2 … ACC-10). Every failed check is
 * counted before the error leaves: the counters are flushed even though the request fails.
 */
export class IdentityService {
  private readonly sessions: SessionService;

  constructor(
    private readonly em: EntityManager,
    private readonly settings: IdentitySettings,
  ) {
    this.sessions = new SessionService(em);
  }

  // ——— ACC-2 / PRO-2: creating accesses ———

  /** ACC-2: the first administrator of a customer that has a contract activated and no login yet. */
  async provisionFirstAdministrator(customerId: string, now: Date): Promise<CustomerLogin | null> {
    const customer = await new CustomerService(this.em).getCustomer(customerId);
    const existing = await this.em.count(CustomerLogin, { customer: customerId });
    if (existing > 0 || !customer.contactEmail || !customer.contactName) return null; // ACC-9, or ACC-8 registration needed
    return this.createLogin(
      customer,
      { name: customer.contactName, email: customer.contactEmail, profile: LoginProfile.ADMINISTRATOR, language: customer.language },
      null,
      now,
    );
  }

  async createLogin(
    customer: Customer,
    input: { name: string; email: string; profile: LoginProfile; language?: string },
    createdByLoginRef: string | null,
    now: Date,
  ): Promise<CustomerLogin> {
    let loginId = randomLoginId();
    while ((await this.em.count(CustomerLogin, { loginId })) > 0) loginId = randomLoginId();
    const login = this.em.create(CustomerLogin, {
      loginId,
      customer,
      name: input.name,
      email: input.email,
      profile: input.profile,
      status: LoginStatus.PENDING_ACTIVATION,
      language: input.language ?? customer.language,
      createdByLoginRef,
      createdAt: now,
      updatedAt: now,
    });
    await this.issueTemporaryPassword(login, customer, now);
    return login;
  }

  /** ACC-3: a fresh temporary password valid until the end of the 8th Belgian business day, mailed at once. */
  async issueTemporaryPassword(login: CustomerLogin, customer: Customer, now: Date): Promise<void> {
    const temporaryPassword = randomTemporaryPassword();
    const deadline = activationDeadlineOf(now);
    login.temporaryPasswordHash = await hashPassword(temporaryPassword);
    login.temporaryPasswordExpiresAt = deadline.expiresAt;
    login.activationReminderDay = deadline.reminderDay;
    login.failedAttempts = 0;
    login.lockedUntil = null;
    enqueueMail(
      this.em,
      {
        to: login.email,
        language: login.language,
        template: {
          kind: 'activation',
          name: login.name,
          loginId: login.loginId,
          temporaryPassword,
          expiresOn: formatDeadline(deadline.lastValidDay, login.language),
          portalUrl: this.settings.publicUrl,
          companyName: customer.name,
        },
      },
      now,
    );
  }

  /** ACC-3: one reminder two business days before the temporary password dies. */
  async sendDueActivationReminders(now: Date): Promise<number> {
    const today = brusselsDateOf(now);
    const due = await this.em.find(CustomerLogin, {
      activationReminderDay: { $lte: today },
      temporaryPasswordExpiresAt: { $gt: now },
      temporaryPasswordHash: { $ne: null },
    });
    for (const login of due) {
      login.activationReminderDay = null;
      enqueueMail(
        this.em,
        {
          to: login.email,
          language: login.language,
          deduplicationKey: `activation-reminder:${login.id}:${login.temporaryPasswordExpiresAt?.getTime()}`,
          template: {
            kind: 'activation-reminder',
            name: login.name,
            loginId: login.loginId,
            expiresOn: formatDeadline(brusselsDateOf(login.temporaryPasswordExpiresAt as Date), login.language),
            portalUrl: this.settings.publicUrl,
          },
        },
        now,
      );
    }
    await this.em.flush();
    return due.length;
  }

  // ——— ACC-5 / ACC-6: sign-in ———

  async signIn(loginId: string, password: string, ip: string, now: Date): Promise<SignInOutcome> {
    await this.throttle(ip, now);
    const login = /^\d{9}$/.test(loginId.trim())
      ? await this.em.findOne(CustomerLogin, { loginId: loginId.trim() }, { populate: ['customer'] })
      : null;
    if (login?.status === LoginStatus.DEACTIVATED) {
      // #18 item 6: told only to someone who knows the password (a wrong one still reads
      // INVALID_CREDENTIALS and is counted), so the answer reveals nothing about the login id.
      await this.checkSecret(login, login.passwordHash, password, now);
      throw new DomainError('UNAUTHENTICATED', 'This access was deactivated by an administrator of your company', {
        reason: 'LOGIN_DEACTIVATED',
      });
    }
    if (!login || login.status !== LoginStatus.ACTIVE) {
      await verifyPassword(null, password);
      throw invalidCredentials();
    }
    await this.checkSecret(login, login.passwordHash, password, now);
    login.lastLoginAt = now;
    return this.openCustomerSession(login, ip, now);
  }

  async staffSignIn(email: string, password: string, ip: string, now: Date): Promise<SignInOutcome> {
    await this.throttle(ip, now);
    const staff = await this.em.findOne(StaffAccount, { email: email.trim().toLowerCase() });
    if (!staff || !staff.active) {
      await verifyPassword(null, password);
      throw invalidCredentials();
    }
    await this.checkSecret(staff, staff.passwordHash, password, now);
    // BO-1 / ACC-10: staff always need their second factor.
    const opened = this.sessions.open({ kind: 'staff', accountRef: staff.id, secondFactorPending: true, ip }, now);
    await this.em.flush();
    return { status: SignInStatus.SECOND_FACTOR_REQUIRED, ...opened };
  }

  /**
   * Completes a sign-in waiting for its second factor: TOTP code or a one-time recovery code.
   * Each call is one attempt, checked against the database as it is now: an alias running after the
   * lock was set finds its pending session gone (issue #11 §1).
   */
  async verifySecondFactor(pending: SessionRef, code: string, ip: string, now: Date): Promise<SignInOutcome> {
    if (!pending.secondFactorPending) throw new DomainError('FORBIDDEN', 'No second factor is expected for this session');
    await this.throttle(ip, now);
    if (!(await this.sessions.isPendingAlive(pending.id))) throw pendingSessionEnded();
    const account =
      pending.kind === 'staff'
        ? await this.em.findOneOrFail(StaffAccount, { id: pending.accountRef }, { refresh: true })
        : await this.em.findOneOrFail(CustomerLogin, { id: pending.accountRef }, { refresh: true });
    const verdict = await this.proveSecondFactor(account, code, now);
    if (verdict === 'LOCKED') throw pendingSessionEnded();
    if (verdict === 'WRONG') {
      await this.em.flush();
      throw secondFactorInvalid();
    }
    account.lastLoginAt = now;
    await this.sessions.close(pending.id); // rotate: the pre-2FA token never becomes a full session
    const opened = this.sessions.open(
      {
        kind: pending.kind,
        accountRef: pending.accountRef,
        activeLoginRef: pending.activeLoginRef,
        secondFactorProvenFor: [pending.accountRef],
        ip,
      },
      now,
    );
    await this.em.flush();
    return { status: SignInStatus.SIGNED_IN, ...opened };
  }

  // ——— ACC-10 × ACC-11: who a session acts as ———

  /**
   * The single gate of issue #11 §1: before a session links `target` or acts as it, the target's
   * second factor must have been proven by this session — here with `code` if not yet. Refusals
   * change nothing; a wrong code counts towards the target's lock like any other attempt.
   */
  async requireSecondFactorFor(session: SessionRef, target: CustomerLogin, code: string | null, ip: string, now: Date): Promise<void> {
    const proven = await this.sessions.secondFactorProvenFor(session.id);
    if (!proven) throw new DomainError('UNAUTHENTICATED', 'Sign in first', { reason: 'SESSION_ENDED' });
    const customer = await new CustomerService(this.em).getCustomer(target.customer.id);
    const demand = secondFactorDemand(
      { enrolled: Boolean(target.totpEnabledAt), requiredByCustomer: customer.secondFactorRequired },
      proven.includes(target.id),
    );
    if (demand === 'NONE') return;
    if (demand === 'ENROLLMENT') {
      throw new DomainError('FORBIDDEN', 'This login must first set up its second factor: sign in with it once', {
        reason: 'SECOND_FACTOR_ENROLLMENT_REQUIRED',
      });
    }
    if (code === null || code.trim() === '') {
      throw new DomainError('UNAUTHENTICATED', 'Type the code of the second factor of this login', { reason: 'SECOND_FACTOR_REQUIRED' });
    }
    await this.throttle(ip, now);
    const fresh = await this.em.findOneOrFail(CustomerLogin, { id: target.id }, { refresh: true });
    const verdict = await this.proveSecondFactor(fresh, code, now);
    if (verdict !== 'ACCEPTED') {
      await this.em.flush();
      throw secondFactorInvalid();
    }
    await this.sessions.recordSecondFactorProven(session.id, target.id);
  }

  /**
   * Makes the session act as `target` (ACC-11) — the only way activeLoginRef changes. Goes through
   * requireSecondFactorFor, so a switch into a login with a second factor needs its code once per session.
   */
  async actAs(session: SessionRef, target: CustomerLogin, code: string | null, ip: string, now: Date): Promise<void> {
    await this.requireSecondFactorFor(session, target, code, ip, now);
    await this.sessions.writeActiveLogin(session.id, target.id);
    session.activeLoginRef = target.id;
  }

  /** A confirmed enrollment proves the login's factor for the session that did it. */
  async recordEnrollmentProof(sessionId: string, loginRef: string): Promise<void> {
    await this.sessions.recordSecondFactorProven(sessionId, loginRef);
  }

  // ——— ACC-3 / ACC-4: activation ———

  async activate(loginId: string, temporaryPassword: string, newPassword: string, ip: string, now: Date): Promise<SignInOutcome> {
    const login = await this.verifyActivationCredentials(loginId, temporaryPassword, ip, now);
    this.assertAcceptablePassword(newPassword, login, 'newPassword');
    login.passwordHash = await hashPassword(newPassword);
    login.passwordChangedAt = now;
    login.temporaryPasswordHash = null;
    login.temporaryPasswordExpiresAt = null;
    login.activationReminderDay = null;
    login.status = LoginStatus.ACTIVE;
    login.lastLoginAt = now;
    return this.openCustomerSession(login, ip, now);
  }

  /**
   * Step 1 of the activation page (#18 item 20) and the first check of `activate`: one and the same
   * code path, so both count an attempt alike (per-address throttle, per-login lock after 5) and
   * refuse an unknown, locked, deactivated or expired access with the same answer. The login it
   * returns (with its customer) lets the page check the name and company rules live.
   */
  async verifyActivationCredentials(loginId: string, temporaryPassword: string, ip: string, now: Date): Promise<CustomerLogin> {
    await this.throttle(ip, now);
    const login = /^\d{9}$/.test(loginId.trim())
      ? await this.em.findOne(CustomerLogin, { loginId: loginId.trim() }, { populate: ['customer'] })
      : null;
    if (!login || !login.temporaryPasswordHash || login.status === LoginStatus.DEACTIVATED) {
      await verifyPassword(null, temporaryPassword);
      throw invalidCredentials();
    }
    await this.checkSecret(login, login.temporaryPasswordHash, temporaryPassword, now);
    if (!login.temporaryPasswordExpiresAt || now > login.temporaryPasswordExpiresAt) {
      throw new DomainError('UNAUTHENTICATED', 'This temporary password has expired: ask for a new one with "Forgot password"', {
        reason: 'TEMPORARY_PASSWORD_EXPIRED',
      });
    }
    return login;
  }

  passwordProblemsFor(password: string, login: Pick<CustomerLogin, 'loginId' | 'name' | 'customer'>): PasswordRule[] {
    return passwordProblems(password, { loginId: login.loginId, personName: login.name, companyName: login.customer.name });
  }

  // ——— ACC-7: forgot password ———

  /** Same answer whatever the id: a one-time link (active login) or fresh temporary credentials (not yet activated). */
  async requestPasswordReset(loginId: string, ip: string, now: Date): Promise<void> {
    await this.throttle(ip, now);
    const login = /^\d{9}$/.test(loginId.trim())
      ? await this.em.findOne(CustomerLogin, { loginId: loginId.trim() }, { populate: ['customer'] })
      : null;
    if (!login || login.status === LoginStatus.DEACTIVATED) {
      await hashPassword(randomToken()); // similar work either way
      return;
    }
    if (login.status === LoginStatus.PENDING_ACTIVATION) {
      await this.issueTemporaryPassword(login, login.customer, now);
      await this.em.flush();
      return;
    }
    const token = randomToken(32);
    this.em.create(PasswordReset, {
      login,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
      createdAt: now,
      updatedAt: now,
    });
    await hashPassword(randomToken());
    enqueueMail(
      this.em,
      {
        to: login.email,
        language: login.language,
        deduplicationKey: `password-reset:${sha256Hex(token)}`,
        template: {
          kind: 'password-reset',
          name: login.name,
          resetUrl: `${this.settings.publicUrl}/reset-password?token=${token}`,
          minutes: RESET_LINK_MINUTES,
        },
      },
      now,
    );
    await this.em.flush();
  }

  async resetPassword(token: string, newPassword: string, ip: string, now: Date): Promise<void> {
    await this.throttle(ip, now);
    const reset = /^[\w-]{20,100}$/.test(token)
      ? await this.em.findOne(PasswordReset, { tokenHash: sha256Hex(token) }, { populate: ['login', 'login.customer'] })
      : null;
    if (!reset || reset.usedAt || now > reset.expiresAt || reset.login.status === LoginStatus.DEACTIVATED) {
      throw new DomainError('UNAUTHENTICATED', 'This link is no longer valid: ask for a new one', { reason: 'RESET_LINK_INVALID' });
    }
    this.assertAcceptablePassword(newPassword, reset.login, 'newPassword');
    reset.usedAt = now;
    await this.setPassword(reset.login, newPassword, now);
    reset.login.failedAttempts = 0;
    reset.login.lockedUntil = null;
    await this.sessions.closeAllOf(reset.login.id);
    await this.em.flush();
  }

  /** PRO-6: own password; every other session of the login is closed (ACC-5). */
  async changePassword(
    login: CustomerLogin,
    currentPassword: string,
    newPassword: string,
    currentSessionId: string | undefined,
    ip: string,
    now: Date,
  ): Promise<void> {
    await this.throttle(ip, now);
    await this.checkSecret(login, login.passwordHash, currentPassword, now, 'currentPassword');
    // #18 item 22: "changing" to the same password would close the other sessions and change nothing.
    if (newPassword === currentPassword) {
      throw badInput(
        'The new password must differ from the current one',
        [{ field: 'newPassword', code: 'SAME_AS_CURRENT', message: 'The new password must differ from the current one' }],
        'PASSWORD_POLICY',
      );
    }
    this.assertAcceptablePassword(newPassword, login, 'newPassword');
    await this.setPassword(login, newPassword, now);
    await this.sessions.closeAllOf(login.id, currentSessionId);
    await this.em.flush();
  }

  /** REQ-4 and ACC-11 ask for a password again: checked and counted like a sign-in. */
  async confirmPassword(login: CustomerLogin, password: string, ip: string, now: Date, field: string | null = 'password'): Promise<void> {
    await this.throttle(ip, now);
    await this.checkSecret(login, login.passwordHash, password, now, field ?? undefined);
  }

  /**
   * The password of the login another one links (ACC-11): counted on that login and on the caller's
   * address like a sign-in, with one answer for an unknown or inactive id, a wrong password and a
   * locked login (#11 §5); the same password work in each case.
   */
  async confirmLinkedLoginPassword(other: CustomerLogin | null, password: string, ip: string, now: Date): Promise<CustomerLogin> {
    if (!other) {
      await this.throttle(ip, now);
      await verifyPassword(null, password);
      throw linkRefused();
    }
    try {
      await this.confirmPassword(other, password, ip, now, null);
      return other;
    } catch (error) {
      if (error instanceof DomainError && error.details.reason === 'INVALID_CREDENTIALS') throw linkRefused();
      throw error;
    }
  }

  // ——— ACC-10: second factor ———

  startSecondFactorEnrollment(login: CustomerLogin): { secret: string; otpauthUri: string } {
    if (login.totpEnabledAt)
      throw new DomainError('CONFLICT', 'A second factor is already enrolled', { reason: 'SECOND_FACTOR_ALREADY_ENROLLED' });
    const secret = generateTotpSecret();
    login.totpSecretEncrypted = encryptSecret(secret, this.settings.secretKey);
    return { secret: base32Encode(secret), otpauthUri: otpauthUri({ secret, accountName: login.loginId, issuer: 'Customer Corner' }) };
  }

  /** Confirms enrollment with a first code; returns the recovery codes, shown once. */
  async confirmSecondFactorEnrollment(login: CustomerLogin, code: string, now: Date): Promise<string[]> {
    if (login.totpEnabledAt || !login.totpSecretEncrypted)
      throw badInput('Start the enrollment first', [
        { field: 'code', code: 'ENROLLMENT_NOT_STARTED', message: 'Start the enrollment first' },
      ]);
    const result = verifyTotp(decryptSecret(login.totpSecretEncrypted, this.settings.secretKey), code.trim(), now);
    if (!result.ok)
      throw badInput('The code is not correct', [
        { field: 'code', code: 'SECOND_FACTOR_INVALID', message: 'Check the time of your device and type the current code' },
      ]);
    const codes = generateRecoveryCodes(10);
    login.totpEnabledAt = now;
    login.totpLastStep = String(result.step);
    login.recoveryCodeHashes = JSON.stringify(codes.map((c) => sealRecoveryCode(c, this.settings.secretKey)));
    // #18 item 11 (PRO-7): turning the second factor on is in the company's audit log.
    new AuditService(this.em).record({
      customerRef: login.customer.id,
      actor: { kind: 'customer', ref: login.id, name: login.name },
      action: 'login.second-factor-enabled',
      entityType: 'login',
      entityRef: login.loginId,
      before: { secondFactor: false },
      after: { secondFactor: true },
      at: now,
    });
    return codes;
  }

  async disableSecondFactor(login: CustomerLogin, password: string, ip: string, now: Date): Promise<void> {
    const customer = await new CustomerService(this.em).getCustomer(login.customer.id);
    if (customer.secondFactorRequired) {
      throw new DomainError('FORBIDDEN', 'Your company requires a second factor for every login', {
        reason: 'SECOND_FACTOR_REQUIRED_BY_CUSTOMER',
      });
    }
    await this.confirmPassword(login, password, ip, now);
    login.totpSecretEncrypted = null;
    login.totpEnabledAt = null;
    login.totpLastStep = null;
    login.recoveryCodeHashes = null;
  }

  /** After enrollment, a session that was waiting for it becomes a full one (new token). */
  async upgradeEnrollmentSession(session: SessionRef, ip: string, now: Date): Promise<SignInOutcome> {
    await this.sessions.close(session.id);
    const opened = this.sessions.open(
      // The enrolment was confirmed with a code of the new factor: this session has proven it (#11 §1).
      {
        kind: 'customer',
        accountRef: session.accountRef,
        activeLoginRef: session.activeLoginRef,
        ip,
        secondFactorProvenFor: [session.accountRef],
      },
      now,
    );
    await this.em.flush();
    return { status: SignInStatus.SIGNED_IN, ...opened };
  }

  // ——— internals ———

  private async openCustomerSession(login: CustomerLogin, ip: string, now: Date): Promise<SignInOutcome> {
    const customer = await new CustomerService(this.em).getCustomer(login.customer.id);
    const enrolled = Boolean(login.totpEnabledAt);
    const status = enrolled
      ? SignInStatus.SECOND_FACTOR_REQUIRED
      : customer.secondFactorRequired
        ? SignInStatus.SECOND_FACTOR_ENROLLMENT_REQUIRED
        : SignInStatus.SIGNED_IN;
    const opened = this.sessions.open(
      {
        kind: 'customer',
        accountRef: login.id,
        secondFactorPending: status === SignInStatus.SECOND_FACTOR_REQUIRED,
        enrollmentRequired: status === SignInStatus.SECOND_FACTOR_ENROLLMENT_REQUIRED,
        ip,
      },
      now,
    );
    await this.em.flush();
    return { status, ...opened };
  }

  /**
   * One second-factor attempt against `account` (freshly read): refused while locked; a wrong code
   * is counted atomically and the 5th locks the login and ends its pending sessions; a right code is
   * taken with a conditional update, so the same code sent twice at once passes once.
   */
  private async proveSecondFactor(
    account: CustomerLogin | StaffAccount,
    code: string,
    now: Date,
  ): Promise<'ACCEPTED' | 'WRONG' | 'LOCKED'> {
    const table = account instanceof StaffAccount ? 'staff_account' : 'customer_login';
    const counter = new AttemptCounter(this.em);
    if (await counter.lockedUntil(table, account.id, now)) {
      await this.sessions.closePendingOf(account.id);
      return 'LOCKED';
    }
    if ((await this.acceptSecondFactor(account, table, code, now)) && (await counter.recordSuccess(table, account.id, now)))
      return 'ACCEPTED';
    const attempt = await counter.recordFailure(table, account.id, SECOND_FACTOR_ATTEMPTS, LOCK_MINUTES * 60_000, now);
    if (attempt.lockedNow || attempt.alreadyLocked) {
      await this.sessions.closePendingOf(account.id);
      return attempt.alreadyLocked ? 'LOCKED' : 'WRONG';
    }
    return 'WRONG';
  }

  private async acceptSecondFactor(account: CustomerLogin | StaffAccount, table: LockableTable, code: string, now: Date): Promise<boolean> {
    const trimmed = code.trim();
    if (account instanceof StaffAccount && account.demo && this.settings.demoSecondFactorBypass && trimmed === '000000') return true;
    const counter = new AttemptCounter(this.em);
    const sealed = account.totpSecretEncrypted;
    if (sealed && /^\d{6}$/.test(trimmed)) {
      const result = verifyTotp(decryptSecret(sealed, this.settings.secretKey), trimmed, now);
      return result.ok && (await counter.claimTotpStep(table, account.id, Number(result.step)));
    }
    if (account instanceof CustomerLogin && account.recoveryCodeHashes) {
      const stored = account.recoveryCodeHashes;
      // Codes stored as plain SHA-256 before the keyed form still work; spending one stores the rest keyed.
      const entries = (JSON.parse(stored) as string[]).map((entry) => keyRecoveryEntry(entry, this.settings.secretKey));
      const index = entries.indexOf(sealRecoveryCode(trimmed, this.settings.secretKey));
      if (index < 0) return false;
      entries.splice(index, 1);
      return counter.swapRecoveryCodes(account.id, stored, JSON.stringify(entries));
    }
    return false;
  }

  /**
   * Checks a password or temporary password; counts failures, locks for 15 minutes after 5 and
   * e-mails the owner (ACC-6). The count and the lock are single statements (issue #11 §1), so 20
   * concurrent wrong passwords lock after exactly 5. At sign-in a locked login answers exactly like
   * a wrong password or an unknown id (issue #11 §5): the lockout e-mail tells the owner.
   */
  private async checkSecret(
    account: CustomerLogin | StaffAccount,
    storedHash: string | null | undefined,
    candidate: string,
    now: Date,
    field?: string,
  ): Promise<void> {
    const table = account instanceof StaffAccount ? 'staff_account' : 'customer_login';
    const counter = new AttemptCounter(this.em);
    const refuseLocked = (until: Date): never => {
      if (field)
        throw new DomainError('RATE_LIMITED', `Too many failed attempts: try again after ${until.toISOString()}`, {
          reason: 'LOGIN_LOCKED',
        });
      throw invalidCredentials();
    };
    const lockedUntil = await counter.lockedUntil(table, account.id, now);
    if (lockedUntil) {
      await verifyPassword(null, candidate); // same work as an unknown id
      refuseLocked(lockedUntil);
    }
    if (await verifyPassword(storedHash, candidate)) {
      if (await counter.recordSuccess(table, account.id, now)) {
        this.matchStoredCounters(account);
        return;
      }
      refuseLocked((await counter.lockedUntil(table, account.id, now)) ?? now);
    }
    const attempt = await counter.recordFailure(table, account.id, MAX_FAILED_ATTEMPTS, LOCK_MINUTES * 60_000, now);
    this.forgetAccount(account);
    if (attempt.lockedNow && attempt.lockedUntil) {
      await this.sessions.closePendingOf(account.id);
      signInLockouts.inc();
      if (account instanceof CustomerLogin) {
        enqueueMail(
          this.em,
          {
            to: account.email,
            language: account.language,
            deduplicationKey: `lockout:${account.id}:${attempt.lockedUntil.getTime()}`,
            template: {
              kind: 'lockout',
              name: account.name,
              loginId: account.loginId,
              minutes: LOCK_MINUTES,
              portalUrl: this.settings.publicUrl,
            },
          },
          now,
        );
      }
    }
    await this.em.flush();
    if (field)
      throw badInput('The password is not correct', [{ field, code: 'PASSWORD_INCORRECT', message: 'The password is not correct' }]);
    throw invalidCredentials();
  }

  /**
   * After a refused attempt the request's copy of the account is stale (AttemptCounter wrote the
   * row) and must not be flushed: on SQLite the ORM rewrites every non-null datetime of a loaded
   * entity at flush, which would put back an old locked_until over a lock set meanwhile.
   */
  private forgetAccount(account: CustomerLogin | StaffAccount): void {
    this.em.getUnitOfWork().unsetIdentity(account);
  }

  /** After an accepted secret the row holds 0 and no lock: the request's copy says the same, so a flush writes no stale lock. */
  private matchStoredCounters(account: CustomerLogin | StaffAccount): void {
    account.failedAttempts = 0;
    account.lockedUntil = null;
  }

  private async throttle(ip: string, now: Date): Promise<void> {
    const decision = await hitRateLimit(
      this.em,
      `credentials:${throttledAddressOf(ip)}`, // IPv6 per /64 (#11 §5)
      this.settings.credentialChecksPerIp ?? IP_ATTEMPTS,
      IP_WINDOW_MS,
      now,
    );
    if (!decision.allowed) {
      throw new DomainError('RATE_LIMITED', `Too many attempts from your network: try again in ${decision.retryAfterSeconds} seconds`, {
        reason: 'IP_THROTTLED',
      });
    }
  }

  private assertAcceptablePassword(password: string, login: Pick<CustomerLogin, 'loginId' | 'name' | 'customer'>, field: string): void {
    const broken = this.passwordProblemsFor(password, login);
    if (broken.length > 0) {
      throw badInput(
        'The new password does not meet the rules',
        broken.map((rule) => ({ field, code: rule, message: rule })),
        'PASSWORD_POLICY',
      );
    }
  }

  private async setPassword(login: CustomerLogin, password: string, now: Date): Promise<void> {
    login.passwordHash = await hashPassword(password);
    login.passwordChangedAt = now;
    enqueueMail(
      this.em,
      {
        to: login.email,
        language: login.language,
        template: { kind: 'password-changed', name: login.name, portalUrl: this.settings.publicUrl },
      },
      now,
    );
  }
}
