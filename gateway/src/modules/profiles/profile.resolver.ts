import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { customerScopeOf, Role } from '../../platform/auth/principal';
import { DomainError } from '../../platform/errors';
import type { GraphQLContext } from '../../platform/graphql/context';
import { LoginProfile } from '../identity';
import { ProfileService } from './profile.service';
import { ApiTokenInfo, CreateApiTokenInput, CreateLoginInput, CreatedApiToken, CreatedTokensChoice, Login } from './profile.types';

const profiles = (ctx: GraphQLContext) => new ProfileService(ctx.em, ctx.settings);

/** Managing accesses is a person's act: an administrator signed in, not a token (PRO-2, PRO-3, PRO-5). */
function administratorPerson(ctx: GraphQLContext): { customerId: string; loginRef: string } {
  const principal = ctx.principal;
  if (principal?.kind !== 'customer-user') throw new DomainError('FORBIDDEN', 'Only a signed-in administrator can manage accesses');
  return { customerId: principal.customerId, loginRef: principal.userId };
}

const loginIdArg = { description: '9-digit login id.' };

@Resolver()
export class ProfileResolver {
  @Authorized(Role.CustomerReader)
  @Query(() => [Login], { description: "The customer's logins (PRO-1)." })
  logins(@Ctx() ctx: GraphQLContext): Promise<Login[]> {
    const caller = ctx.principal?.kind === 'customer-user' ? ctx.principal.userId : null;
    return profiles(ctx).listLogins(customerScopeOf(ctx.principal), caller, ctx.clock.now());
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => Login, { description: 'Creates an access; its owner receives the activation e-mail (PRO-2).' })
  createLogin(
    @Arg('input', () => CreateLoginInput, { description: 'The new access.' }) input: CreateLoginInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Login> {
    const caller = administratorPerson(ctx);
    return profiles(ctx).createLogin(caller.customerId, caller.loginRef, input, ctx.clock.now());
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => Login, { description: 'Changes a login’s profile; the last active administrator cannot be demoted (PRO-3).' })
  changeLoginProfile(
    @Arg('loginId', () => String, loginIdArg) loginId: string,
    @Arg('profile', () => LoginProfile, { description: 'New profile.' }) profile: LoginProfile,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Login> {
    const caller = administratorPerson(ctx);
    return profiles(ctx).changeProfile(caller.customerId, caller.loginRef, loginId, profile, ctx.clock.now());
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => Login, {
    description:
      'Deactivates a login and closes its sessions; not the last active administrator (PRO-3). The integration tokens it created are revoked too unless createdTokens is KEEP; the choice is audited.',
  })
  deactivateLogin(
    @Arg('loginId', () => String, loginIdArg) loginId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('createdTokens', () => CreatedTokensChoice, {
      defaultValue: CreatedTokensChoice.REVOKE,
      description: 'What becomes of the integration tokens this login created (issue #11 §5).',
    })
    createdTokens: CreatedTokensChoice = CreatedTokensChoice.REVOKE,
  ): Promise<Login> {
    const caller = administratorPerson(ctx);
    return profiles(ctx).deactivate(caller.customerId, caller.loginRef, loginId, ctx.clock.now(), createdTokens);
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => Login, { description: 'Re-activates a deactivated login (PRO-3).' })
  reactivateLogin(@Arg('loginId', () => String, loginIdArg) loginId: string, @Ctx() ctx: GraphQLContext): Promise<Login> {
    const caller = administratorPerson(ctx);
    return profiles(ctx).reactivate(caller.customerId, caller.loginRef, loginId, ctx.clock.now());
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => Login, { description: 'Sends fresh activation credentials for a login the caller created (ACC-3, PRO-3).' })
  reissueActivation(@Arg('loginId', () => String, loginIdArg) loginId: string, @Ctx() ctx: GraphQLContext): Promise<Login> {
    const caller = administratorPerson(ctx);
    return profiles(ctx).reissueActivation(caller.customerId, caller.loginRef, loginId, ctx.clock.now());
  }

  @Authorized(Role.CustomerAdministrator)
  @Query(() => [ApiTokenInfo], { description: "The customer's integration tokens (PRO-5)." })
  apiTokens(
    @Ctx() ctx: GraphQLContext,
    @Arg('createdBy', () => String, {
      nullable: true,
      description: 'Only the tokens created by this 9-digit login id, e.g. before deactivating it (issue #11 §5).',
    })
    createdBy?: string | null,
  ): Promise<ApiTokenInfo[]> {
    return profiles(ctx).listApiTokens(customerScopeOf(ctx.principal), createdBy ?? null);
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => CreatedApiToken, { description: 'Creates an integration token, shown once (PRO-5).' })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'The token.' }) input: CreateApiTokenInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedApiToken> {
    const caller = administratorPerson(ctx);
    return profiles(ctx).createApiToken(caller.customerId, caller.loginRef, input, ctx.clock.now());
  }

  @Authorized(Role.CustomerAdministrator)
  @Mutation(() => ApiTokenInfo, { description: 'Revokes an integration token at once (PRO-5).' })
  revokeApiToken(@Arg('id', () => ID, { description: 'Token id.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiTokenInfo> {
    const caller = administratorPerson(ctx);
    return profiles(ctx).revokeApiToken(caller.customerId, id, ctx.clock.now(), caller.loginRef);
  }
}
