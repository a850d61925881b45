import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { passwordProblems } from '../../core/password-policy';
import { Role } from '../../platform/auth/principal';
import { DomainError } from '../../platform/errors';
import type { GraphQLContext } from '../../platform/graphql/context';
import { CustomerService } from '../customers';
import { CustomerLogin } from './customer-login.entity';
import { PasswordRuleName, SignInStatus } from './identity.enums';
import { IdentityService, type SignInOutcome } from './identity.service';
import {
  ActivateAccessInput,
  ActivationCredentials,
  ActivationCredentialsInput,
  ChangePasswordInput,
  LinkLoginInput,
  Me,
  MyPreferencesInput,
  ResetPasswordInput,
  SecondFactorEnrolled,
  SecondFactorEnrollment,
  SignInInput,
  SignInResult,
  StaffSignInInput,
} from './identity.types';
import { LoginLinkService } from './login-link.service';
import { buildMe, principalOfSession } from './me.builder';
import { SessionService } from './session.service';
import { LoginStatus } from './identity.enums';

const identity = (ctx: GraphQLContext) => new IdentityService(ctx.em, ctx.settings);

/** The customer login behind the request: a signed-in person, not a token (PRO-6 is personal). */
async function currentLogin(ctx: GraphQLContext): Promise<CustomerLogin> {
  const principal = ctx.principal;
  if (principal?.kind !== 'customer-user') throw new DomainError('FORBIDDEN', 'Only a signed-in person can do this');
  const login = await ctx.em.findOne(CustomerLogin, { id: principal.userId }, { populate: ['customer'] });
  if (!login) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  return login;
}

/** The login of a full session, or of a session waiting for its second-factor enrollment. */
async function loginForEnrollment(ctx: GraphQLContext): Promise<CustomerLogin> {
  const pending = ctx.auth.pendingSession;
  // Public field (public-root-fields.ts): nobody signed in is UNAUTHENTICATED, and a pending session
  // spends the same request budget as a full one (#11 §2, API-4).
  if (!ctx.principal && !(pending?.enrollmentRequired && pending.kind === 'customer')) {
    throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  }
  if (ctx.auth.rateLimited) throw new DomainError('RATE_LIMITED', 'Too many requests: slow down and try again in a minute');
  if (pending?.enrollmentRequired && pending.kind === 'customer') {
    return ctx.em.findOneOrFail(CustomerLogin, { id: pending.accountRef }, { populate: ['customer'] });
  }
  return currentLogin(ctx);
}

/** The session each request last opened, so that aliased sign-ins in one request also end the one before. */
const openedInRequest = new WeakMap<GraphQLContext, string>();

/**
 * Sets the new session's cookie. Signing in again in the same browser ends the session the browser
 * held (full or half-signed-in) on the server, not only in the cookie jar (issue #11 §5, ACC-5).
 */
async function signedIn(ctx: GraphQLContext, outcome: SignInOutcome): Promise<SignInResult> {
  const previous = openedInRequest.get(ctx) ?? (ctx.auth.session ?? ctx.auth.pendingSession)?.id;
  if (previous && previous !== outcome.session.id) await new SessionService(ctx.em).close(previous);
  openedInRequest.set(ctx, outcome.session.id);
  ctx.auth.clearSessionCookie();
  ctx.auth.setSessionCookie(outcome.token);
  if (outcome.status !== SignInStatus.SIGNED_IN) return { status: outcome.status, me: null };
  const session = outcome.session;
  return { status: outcome.status, me: await buildMe(ctx.em, await principalOfSession(ctx.em, session), session) };
}

@Resolver()
export class IdentityResolver {
  @Query(() => Me, { nullable: true, description: 'Who is signed in; null when nobody is.' })
  me(@Ctx() ctx: GraphQLContext): Promise<Me | null> {
    if (!ctx.principal || ctx.auth.rateLimited) return Promise.resolve(null);
    return buildMe(ctx.em, ctx.principal, ctx.auth.session);
  }

  @Query(() => [PasswordRuleName], {
    description: 'The ACC-4 rules a candidate password breaks, for live feedback; name and company are checked again on submit.',
  })
  passwordProblems(
    @Arg('password', () => String, { description: 'Candidate password.' }) password: string,
    @Arg('loginId', () => String, { nullable: true, description: 'Login id it must not contain.' }) loginId: string | null,
  ): PasswordRuleName[] {
    return passwordProblems(password.slice(0, 1000), { loginId }) as PasswordRuleName[];
  }

  @Mutation(() => SignInResult, {
    nullable: true,
    description:
      'Sign-in with login id and password (ACC-5); sets the session cookie. Null with an error when refused: aliases each count as an attempt (ACC-6).',
  })
  async signIn(
    @Arg('input', () => SignInInput, { description: 'Credentials.' }) input: SignInInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignInResult | null> {
    return signedIn(ctx, await identity(ctx).signIn(input.loginId, input.password, ctx.auth.ip, ctx.clock.now()));
  }

  @Mutation(() => SignInResult, {
    nullable: true,
    description:
      'Sign-in of Customer Services staff; a second factor always follows (BO-1). Null with an error when refused: aliases each count as an attempt (ACC-6).',
  })
  async staffSignIn(
    @Arg('input', () => StaffSignInInput, { description: 'Credentials.' }) input: StaffSignInInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignInResult> {
    return signedIn(ctx, await identity(ctx).staffSignIn(input.email, input.password, ctx.auth.ip, ctx.clock.now()));
  }

  @Mutation(() => SignInResult, {
    nullable: true,
    description:
      'Second step of a sign-in: the 6-digit code of the app, or a recovery code (ACC-10). Null with an error when refused: aliases each count as an attempt (ACC-6).',
  })
  async verifySecondFactor(
    @Arg('code', () => String, { description: 'TOTP code or recovery code.' }) code: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignInResult> {
    const pending = ctx.auth.pendingSession;
    if (!pending?.secondFactorPending) throw new DomainError('UNAUTHENTICATED', 'Sign in with your password first');
    return signedIn(ctx, await identity(ctx).verifySecondFactor(pending, code, ctx.auth.ip, ctx.clock.now()));
  }

  @Mutation(() => Boolean, { description: 'Ends the session on the server and clears the cookie (ACC-5).' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    const session = ctx.auth.session ?? ctx.auth.pendingSession;
    if (session) await new SessionService(ctx.em).close(session.id);
    ctx.auth.clearSessionCookie();
    return true;
  }

  @Mutation(() => ActivationCredentials, {
    nullable: true,
    description:
      'Step 1 of an activation (#18 item 20): checks the temporary password without using it, and names the person, the company and its language. Counted exactly like activateAccess (ACC-6). Null with an error when refused.',
  })
  async verifyActivationCredentials(
    @Arg('input', () => ActivationCredentialsInput, { description: 'Credentials from the e-mail.' }) input: ActivationCredentialsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ActivationCredentials> {
    const login = await identity(ctx).verifyActivationCredentials(input.loginId, input.temporaryPassword, ctx.auth.ip, ctx.clock.now());
    return { personName: login.name, companyName: login.customer.name, correspondenceLanguage: login.customer.language };
  }

  @Mutation(() => SignInResult, {
    nullable: true,
    description:
      'Activates an access with the temporary password and sets the final one (ACC-3, ACC-4). Null with an error when refused: aliases each count as an attempt (ACC-6).',
  })
  async activateAccess(
    @Arg('input', () => ActivateAccessInput, { description: 'Ids and passwords.' }) input: ActivateAccessInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignInResult> {
    return signedIn(
      ctx,
      await identity(ctx).activate(input.loginId, input.temporaryPassword, input.newPassword, ctx.auth.ip, ctx.clock.now()),
    );
  }

  @Mutation(() => Boolean, {
    description:
      'Forgot password (ACC-7): e-mails a one-time link, or fresh temporary credentials to a login not yet activated. Always true.',
  })
  async requestPasswordReset(
    @Arg('loginId', () => String, { description: '9-digit login id.' }) loginId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await identity(ctx).requestPasswordReset(loginId, ctx.auth.ip, ctx.clock.now());
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link; every session of the login is closed.' })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput, { description: 'Token and new password.' }) input: ResetPasswordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await identity(ctx).resetPassword(input.token, input.newPassword, ctx.auth.ip, ctx.clock.now());
    return true;
  }

  @Authorized(Role.CustomerReader)
  @Mutation(() => Boolean, { description: 'Changes one’s own password (PRO-6); other sessions are closed.' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput, { description: 'Passwords.' }) input: ChangePasswordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    const login = await currentLogin(ctx);
    await identity(ctx).changePassword(login, input.currentPassword, input.newPassword, ctx.auth.session?.id, ctx.auth.ip, ctx.clock.now());
    return true;
  }

  @Authorized(Role.CustomerReader)
  @Mutation(() => Me, { description: 'Changes one’s own language and e-mail choices (PRO-6).' })
  async updateMyPreferences(
    @Arg('input', () => MyPreferencesInput, { description: 'New values.' }) input: MyPreferencesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Me> {
    const login = await currentLogin(ctx);
    if (input.language != null) login.language = input.language;
    if (input.notifyNewInvoice != null) login.notifyNewInvoice = input.notifyNewInvoice;
    await ctx.em.flush();
    return buildMe(ctx.em, ctx.principal!, ctx.auth.session);
  }

  @Mutation(() => SecondFactorEnrollment, { description: 'Starts enrolling a TOTP second factor (ACC-10).' })
  async startSecondFactorEnrollment(@Ctx() ctx: GraphQLContext): Promise<SecondFactorEnrollment> {
    const login = await loginForEnrollment(ctx);
    const enrollment = identity(ctx).startSecondFactorEnrollment(login);
    await ctx.em.flush();
    return enrollment;
  }

  @Mutation(() => SecondFactorEnrolled, { description: 'Confirms the enrollment with a first code; returns recovery codes, shown once.' })
  async confirmSecondFactorEnrollment(
    @Arg('code', () => String, { description: 'Current 6-digit code.' }) code: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecondFactorEnrolled> {
    const login = await loginForEnrollment(ctx);
    const now = ctx.clock.now();
    const recoveryCodes = await identity(ctx).confirmSecondFactorEnrollment(login, code, now);
    await ctx.em.flush();
    const pending = ctx.auth.pendingSession;
    if (pending?.enrollmentRequired) {
      const outcome = await identity(ctx).upgradeEnrollmentSession(pending, ctx.auth.ip, now);
      ctx.auth.setSessionCookie(outcome.token);
    } else if (ctx.auth.session) {
      await identity(ctx).recordEnrollmentProof(ctx.auth.session.id, login.id);
    }
    return { recoveryCodes, status: SignInStatus.SIGNED_IN };
  }

  @Authorized(Role.CustomerReader)
  @Mutation(() => Boolean, { description: 'Removes one’s second factor, unless the customer requires it; needs the password.' })
  async disableSecondFactor(
    @Arg('password', () => String, { description: 'Current password.' }) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    const login = await currentLogin(ctx);
    await identity(ctx).disableSecondFactor(login, password, ctx.auth.ip, ctx.clock.now());
    await ctx.em.flush();
    return true;
  }

  @Authorized(Role.CustomerReader)
  @Mutation(() => Me, { description: 'Links another login of the same person, proving its password once (ACC-11).' })
  async linkLogin(
    @Arg('input', () => LinkLoginInput, { description: 'The other login.' }) input: LinkLoginInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Me> {
    const own = await currentLogin(ctx);
    const session = ctx.auth.session;
    const ownAccount = session ? await ctx.em.findOneOrFail(CustomerLogin, { id: session.accountRef }) : own;
    const other = /^\d{9}$/.test(input.loginId.trim())
      ? await ctx.em.findOne(CustomerLogin, { loginId: input.loginId.trim(), status: LoginStatus.ACTIVE })
      : null;
    const now = ctx.clock.now();
    const linked = await identity(ctx).confirmLinkedLoginPassword(other, input.password, ctx.auth.ip, now);
    if (!session) throw new DomainError('FORBIDDEN', 'Only a signed-in person can do this');
    await identity(ctx).requireSecondFactorFor(session, linked, input.secondFactorCode ?? null, ctx.auth.ip, now);
    await new LoginLinkService(ctx.em).link(ownAccount, linked, now);
    await ctx.em.flush();
    return buildMe(ctx.em, ctx.principal!, session);
  }

  @Authorized(Role.CustomerReader)
  @Mutation(() => Me, { description: 'Revokes a link between two logins (ACC-11).' })
  async unlinkLogin(
    @Arg('loginId', () => String, { description: 'The other login id.' }) loginId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Me> {
    await currentLogin(ctx);
    const session = ctx.auth.session;
    if (!session) throw new DomainError('FORBIDDEN', 'Only a signed-in person can do this');
    const other = await new LoginLinkService(ctx.em).unlink(session.accountRef, loginId.trim(), ctx.clock.now());
    await ctx.em.flush();
    if (session.activeLoginRef === other.id) {
      // Back to the session's own login, through the same second-factor gate; if that gate says no
      // (its own login enrolled since), the session ends rather than act unproven.
      const own = await ctx.em.findOneOrFail(CustomerLogin, { id: session.accountRef }, { populate: ['customer'] });
      try {
        await identity(ctx).actAs(session, own, null, ctx.auth.ip, ctx.clock.now());
      } catch (refused) {
        await new SessionService(ctx.em).close(session.id);
        ctx.auth.clearSessionCookie();
        throw refused;
      }
    }
    const acting = await ctx.em.findOneOrFail(CustomerLogin, { id: session.activeLoginRef });
    return buildMe(ctx.em, { kind: 'customer-user', userId: acting.id, customerId: acting.customer.id, profile: acting.profile }, session);
  }

  @Authorized(Role.CustomerReader)
  @Mutation(() => Me, { description: 'Acts for another linked customer number without signing out (ACC-11).' })
  async switchCustomer(
    @Arg('loginId', () => String, { description: 'Login id to act as.' }) loginId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('secondFactorCode', () => String, {
      nullable: true,
      description:
        'Code of that login’s second factor: needed the first time this session switches into a login that has one (ACC-10); refused with SECOND_FACTOR_REQUIRED without it.',
    })
    secondFactorCode?: string | null,
  ): Promise<Me> {
    const session = ctx.auth.session;
    if (!session || ctx.principal?.kind !== 'customer-user') throw new DomainError('FORBIDDEN', 'Only a signed-in person can do this');
    const own = await ctx.em.findOneOrFail(CustomerLogin, { id: session.accountRef }, { populate: ['customer'] });
    const candidates = [own, ...(await new LoginLinkService(ctx.em).linkedLogins(session.accountRef))];
    const target = candidates.find((login) => login.loginId === loginId.trim() && login.status === LoginStatus.ACTIVE);
    if (!target) throw new DomainError('NOT_FOUND', 'Linked login not found');
    await identity(ctx).actAs(session, target, secondFactorCode ?? null, ctx.auth.ip, ctx.clock.now());
    return buildMe(ctx.em, { kind: 'customer-user', userId: target.id, customerId: target.customer.id, profile: target.profile }, session);
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => Boolean, { description: 'Makes a second factor mandatory (or not) for every login of the customer (ACC-10).' })
  async setSecondFactorRequired(
    @Arg('required', () => Boolean, { description: 'Whether it is mandatory.' }) required: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    const principal = ctx.principal!;
    if (principal.kind === 'staff') throw new DomainError('FORBIDDEN', 'This is for customer administrators');
    await new CustomerService(ctx.em).setSecondFactorRequired(principal.customerId, required);
    return required;
  }
}
