import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { customerScopeOf, Role } from '../../platform/auth/principal';
import { connectionOf } from '../../platform/graphql/connection';
import type { GraphQLContext } from '../../platform/graphql/context';
import { AttachmentService } from './attachments/attachment.service';
import { AttachmentInfo, attachmentInfoOf } from './attachments/attachment.types';
import { CUSTOMER_SERVICES, ChangeRequestService } from './change-request.service';
import { ChangeRequestsArgs, RequestHistoryEntry, SubmitChangeRequestInput } from './change-request.types';
import { ChangeRequestView } from './change-request.view';
import type { RequestEvent } from './request-event.entity';
import { RequestActorKind } from './request.enums';

export const ChangeRequestConnection = connectionOf('ChangeRequest', ChangeRequestView, 'A page of change requests, newest first.');
export type ChangeRequestConnection = InstanceType<typeof ChangeRequestConnection>;

const service = (ctx: GraphQLContext) => new ChangeRequestService(ctx.em, ctx.settings);

const eventsLoader = (ctx: GraphQLContext) =>
  new DataLoader<string, RequestEvent[]>(async (ids) => {
    const byRequest = await service(ctx).eventsOf(ids);
    return ids.map((id) => byRequest.get(id) ?? []);
  });

const attachmentsLoader = (ctx: GraphQLContext) =>
  new DataLoader<string, AttachmentInfo[]>(async (ids) => {
    const byRequest = await new AttachmentService(ctx.em).listForRequests(ids);
    return ids.map((id) => (byRequest.get(id) ?? []).map(attachmentInfoOf));
  });

@Resolver(() => ChangeRequestView)
export class ChangeRequestResolver {
  @Authorized(Role.CustomerReader)
  @Query(() => ChangeRequestConnection, { description: "The customer's change requests, newest first (REQ-3)." })
  async changeRequests(
    @Args(() => ChangeRequestsArgs) args: ChangeRequestsArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeRequestConnection> {
    const page = await service(ctx).listForCustomer(customerScopeOf(ctx.principal), args.statuses, args.first, args.after);
    return ChangeRequestConnection.from({ ...page, nodes: page.nodes.map((r) => service(ctx).viewOf(r, false)) });
  }

  @Authorized(Role.CustomerReader)
  @Query(() => ChangeRequestView, { description: 'One change request of the customer; NOT_FOUND otherwise.' })
  async changeRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeRequestView> {
    return service(ctx).viewOf(await service(ctx).getForCustomer(customerScopeOf(ctx.principal), id), false);
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => ChangeRequestView, {
    description: 'Submits a change request (REQ-1). The same idempotency key twice gives the same request (REQ-5). Viewers get FORBIDDEN.',
  })
  async submitChangeRequest(
    @Arg('input', () => SubmitChangeRequestInput, { description: 'The request.' }) input: SubmitChangeRequestInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeRequestView> {
    const request = await service(ctx).submit(ctx.principal!, input, ctx.auth.ip, ctx.clock.now());
    return service(ctx).viewOf(request, false);
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => ChangeRequestView, { description: 'Answers a question of Customer Services, with text and new documents (REQ-3).' })
  async answerChangeRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Arg('comment', () => String, { description: 'The answer.' }) comment: string,
    @Arg('attachmentIds', () => [ID], { nullable: true, description: 'New uploaded documents.' }) attachmentIds: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeRequestView> {
    const request = await service(ctx).answer(ctx.principal!, id, comment, attachmentIds ?? [], ctx.clock.now());
    return service(ctx).viewOf(request, false);
  }

  @FieldResolver(() => [RequestHistoryEntry], { description: 'History with the comments of Customer Services (REQ-3).' })
  async history(@Root() request: ChangeRequestView, @Ctx() ctx: GraphQLContext): Promise<RequestHistoryEntry[]> {
    const events = await ctx.loaders.get(eventsLoader).load(request.id);
    return events
      .filter((e) => request.staffView || e.visibleToCustomer)
      .map((e) => ({
        at: e.createdAt,
        kind: e.kind,
        actorKind: e.actorKind === 'staff' ? RequestActorKind.STAFF : RequestActorKind.CUSTOMER,
        // #18 item 10: agents are named to staff only; customers see Customer Services for every staff step.
        actorName: e.actorKind === 'staff' && !request.staffView ? CUSTOMER_SERVICES : e.actorName,
        comment: e.comment ?? null,
      }));
  }

  @FieldResolver(() => [AttachmentInfo], { description: 'Supporting documents.' })
  attachments(@Root() request: ChangeRequestView, @Ctx() ctx: GraphQLContext): Promise<AttachmentInfo[]> {
    return ctx.loaders.get(attachmentsLoader).load(request.id);
  }
}
