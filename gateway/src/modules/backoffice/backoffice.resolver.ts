import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { customerScopeOf, Role } from '../../platform/auth/principal';
import { DomainError } from '../../platform/errors';
import { connectionOf } from '../../platform/graphql/connection';
import type { GraphQLContext } from '../../platform/graphql/context';
import { AuditEntry, AuditService, type AuditEvent } from '../audit';
import type { StaffAccount } from '../identity';
import { RegisterContactInput, RegistrationService, RegistrationView } from '../registrations';
import { BackOfficeService } from './back-office.service';
import { BackOfficeCustomer, BackOfficeLogin, BackOfficeRequest, ChangeRequestService, RequestQueueArgs } from '../requests';

export const BackOfficeRequestConnection = connectionOf(
  'BackOfficeRequest',
  BackOfficeRequest,
  'A page of the request queue, oldest first.',
);
export type BackOfficeRequestConnection = InstanceType<typeof BackOfficeRequestConnection>;
export const AuditEntryConnection = connectionOf('AuditEntry', AuditEntry, 'A page of the audit trail, newest first.');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

const backOffice = (ctx: GraphQLContext) => new BackOfficeService(ctx.em, ctx.settings);

function currentStaff(ctx: GraphQLContext): Promise<StaffAccount> {
  if (ctx.principal?.kind !== 'staff') throw new DomainError('FORBIDDEN', 'This is for Customer Services staff');
  return backOffice(ctx).currentStaff(ctx.principal.staffId);
}

const requests = (ctx: GraphQLContext) => new ChangeRequestService(ctx.em, ctx.settings);

const auditEntry = (e: AuditEvent): AuditEntry => ({
  id: e.id,
  at: e.createdAt,
  actorKind: e.actorKind,
  actorName: e.actorName,
  action: e.action,
  entityType: e.entityType,
  entityRef: e.entityRef,
  before: e.beforeJson ?? null,
  after: e.afterJson ?? null,
});

/** Customer Services (BO-2 … BO-5) and the public registration form (ACC-8). */
@Resolver()
export class BackOfficeResolver {
  @Authorized(Role.Staff)
  @Query(() => BackOfficeRequestConnection, {
    description: 'The request queue: open requests, oldest first, with who handles what (BO-2).',
  })
  async requestQueue(
    @Args(() => RequestQueueArgs) args: RequestQueueArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeRequestConnection> {
    const staff = await currentStaff(ctx);
    const now = ctx.clock.now();
    const page = await requests(ctx).queue(staff.id, args.filter ?? {}, args.first, args.after, now);
    const nodes = await Promise.all(page.nodes.map((r) => requests(ctx).backOfficeViewOf(r, now)));
    return BackOfficeRequestConnection.from({ ...page, nodes });
  }

  @Authorized(Role.Staff)
  @Query(() => BackOfficeRequest, { description: 'One request with the current data beside the requested change (BO-3).' })
  async backOfficeRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeRequest> {
    await currentStaff(ctx);
    return requests(ctx).backOfficeViewOf(await requests(ctx).getAny(id), ctx.clock.now());
  }

  @Authorized(Role.Staff)
  @Mutation(() => BackOfficeRequest, { description: 'Takes a request: the caller handles it (BO-3).' })
  async takeRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeRequest> {
    const staff = await currentStaff(ctx);
    return requests(ctx).backOfficeViewOf(await requests(ctx).take(staff, id, ctx.clock.now()), ctx.clock.now());
  }

  @Authorized(Role.Staff)
  @Mutation(() => BackOfficeRequest, { description: 'Asks the customer for more information; the comment is sent to them (BO-3).' })
  async askForInformation(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Arg('comment', () => String, { description: 'The question.' }) comment: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeRequest> {
    const staff = await currentStaff(ctx);
    return requests(ctx).backOfficeViewOf(await requests(ctx).askForInformation(staff, id, comment, ctx.clock.now()), ctx.clock.now());
  }

  @Authorized(Role.Staff)
  @Mutation(() => BackOfficeRequest, {
    description: 'Approves and applies; a bank-details change needs a second, different approver (BO-3, REQ-4).',
  })
  async approveRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeRequest> {
    const staff = await currentStaff(ctx);
    return requests(ctx).backOfficeViewOf(await requests(ctx).approve(staff, id, ctx.clock.now()), ctx.clock.now());
  }

  @Authorized(Role.Staff)
  @Mutation(() => BackOfficeRequest, { description: 'Rejects with a reason sent to the customer (BO-3).' })
  async rejectRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Arg('reason', () => String, { description: 'Why.' }) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeRequest> {
    const staff = await currentStaff(ctx);
    return requests(ctx).backOfficeViewOf(await requests(ctx).reject(staff, id, reason, ctx.clock.now()), ctx.clock.now());
  }

  @Authorized(Role.Staff)
  @Query(() => [BackOfficeCustomer], { description: 'Customer lookup by customer number, enterprise number or name (BO-4); at most 50.' })
  async customerSearch(
    @Arg('search', () => String, { description: 'Number or part of the name.' }) search: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeCustomer[]> {
    await currentStaff(ctx);
    return backOffice(ctx).searchCustomers(search);
  }

  @Authorized(Role.Staff)
  @Query(() => [BackOfficeLogin], { description: 'Logins of one customer (BO-4).' })
  async customerLogins(
    @Arg('customerNumber', () => String, { description: 'Customer number.' }) customerNumber: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeLogin[]> {
    await currentStaff(ctx);
    return backOffice(ctx).customerLogins(customerNumber, ctx.clock.now());
  }

  @Authorized(Role.Staff)
  @Mutation(() => BackOfficeLogin, { description: 'Re-issues the activation of a login not yet activated (ACC-3, BO-4).' })
  async staffReissueActivation(
    @Arg('loginId', () => String, { description: '9-digit login id.' }) loginId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeLogin> {
    const staff = await currentStaff(ctx);
    return backOffice(ctx).reissueActivation(staff, loginId, ctx.clock.now());
  }

  @Authorized(Role.Staff)
  @Query(() => [RegistrationView], { description: 'Public registrations waiting for verification (ACC-8, BO-4).' })
  async pendingRegistrations(@Ctx() ctx: GraphQLContext): Promise<RegistrationView[]> {
    await currentStaff(ctx);
    return new RegistrationService(ctx.em, ctx.settings).pending();
  }

  @Authorized(Role.Staff)
  @Mutation(() => BackOfficeLogin, {
    description: 'Verifies a registration: the contact becomes administrator and receives the activation e-mail (ACC-8, ACC-2).',
  })
  async verifyRegistration(
    @Arg('id', () => ID, { description: 'Registration id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackOfficeLogin> {
    const staff = await currentStaff(ctx);
    const login = await new RegistrationService(ctx.em, ctx.settings).verify(staff, id, ctx.clock.now());
    return {
      loginId: login.loginId,
      name: login.name,
      email: login.email,
      profile: login.profile,
      status: login.status,
      activationExpiresAt: login.temporaryPasswordExpiresAt ?? null,
    };
  }

  @Authorized(Role.Staff)
  @Mutation(() => Boolean, { description: 'Rejects a registration whose details do not match (ACC-8).' })
  async rejectRegistration(
    @Arg('id', () => ID, { description: 'Registration id.' }) id: string,
    @Arg('reason', () => String, { description: 'Why.' }) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    const staff = await currentStaff(ctx);
    await new RegistrationService(ctx.em, ctx.settings).reject(staff, id, reason, ctx.clock.now());
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Public form for customers who never gave an administrative contact (ACC-8). Always true once valid.',
  })
  async registerAdministrativeContact(
    @Arg('input', () => RegisterContactInput, { description: 'The contact.' }) input: RegisterContactInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await new RegistrationService(ctx.em, ctx.settings).register(input, ctx.auth.ip, ctx.clock.now());
    return true;
  }

  @Authorized(Role.Staff)
  @Query(() => AuditEntryConnection, { description: 'Audit trail of every action on data, newest first (BO-5).' })
  async staffAuditLog(
    @Arg('first', () => Int, { nullable: true, description: 'Page size.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuditEntryConnection> {
    await currentStaff(ctx);
    const page = await new AuditService(ctx.em).list({}, first, after);
    return AuditEntryConnection.from({ ...page, nodes: page.nodes.map(auditEntry) });
  }

  @Authorized(Role.CustomerAdministrator)
  @Query(() => AuditEntryConnection, { description: "The customer's own audit log: who changed what, when (PRO-7)." })
  async auditLog(
    @Arg('first', () => Int, { nullable: true, description: 'Page size.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuditEntryConnection> {
    const page = await new AuditService(ctx.em).list({ customerRef: customerScopeOf(ctx.principal) }, first, after);
    return AuditEntryConnection.from({ ...page, nodes: page.nodes.map(auditEntry) });
  }
}
