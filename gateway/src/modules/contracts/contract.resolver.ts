import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Authorized } from 'type-graphql';
import { callerLanguageOf, customerScopeOf, Role } from '../../platform/auth/principal';
import { connectionOf } from '../../platform/graphql/connection';
import type { GraphQLContext } from '../../platform/graphql/context';
import { Asset } from './asset.entity';
import { amortizationTableOf } from './amortization.service';
import { AmortizationTable } from './amortization.types';
import { Contract } from './contract.entity';
import { InstallmentStatus } from './contract.enums';
import { ContractsArgs } from './contract.inputs';
import { assetsLoader, lastInstallmentLoader, nextInstallmentLoader } from './contract.loader';
import { ContractService, installmentStatus } from './contract.service';
import { Installment } from './installment.entity';
import type { AssetView, ContractView, InstallmentView } from './contract-views';
import { earlyTerminationRuleFor } from './early-termination-rule';
import { CorrespondenceLanguage } from '../customers';

export const ContractConnection = connectionOf<Contract, ContractView>('Contract', Contract, 'A page of contracts.');
export type ContractConnection = InstanceType<typeof ContractConnection>;

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized(Role.CustomerReader)
  @Query(() => ContractConnection, { description: "The caller's contracts: filter, search, sort, cursor pages (CON-1)." })
  async contracts(@Args(() => ContractsArgs) args: ContractsArgs, @Ctx() ctx: GraphQLContext): Promise<ContractConnection> {
    return ContractConnection.from(await new ContractService(ctx.em).listContracts(customerScopeOf(ctx.principal), args));
  }

  @Authorized(Role.CustomerReader)
  @Query(() => Contract, { description: 'One contract of the caller by id; NOT_FOUND for unknown ids and ids of other customers.' })
  contract(@Arg('id', () => ID, { description: 'Contract id.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ContractView> {
    return new ContractService(ctx.em).findContractView(customerScopeOf(ctx.principal), { id });
  }

  @Authorized(Role.CustomerReader)
  @Query(() => Contract, { description: 'One contract of the caller by its contract number; NOT_FOUND otherwise.' })
  contractByNumber(
    @Arg('number', () => String, { description: 'Contract number, e.g. LC-1001.' }) contractNumber: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContractView> {
    return new ContractService(ctx.em).findContractView(customerScopeOf(ctx.principal), { contractNumber });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Indemnity rule applied on early termination, as described in the contract (CON-2), in the caller's language: " +
      "the signed-in user's language, for an API token the customer's language of correspondence. When the core system " +
      "gave no text in that language: the customer's language, else any language it gave; earlyTerminationRuleLanguage says which. " +
      'Null when the contract states no rule.',
  })
  earlyTerminationRule(@Root() contract: ContractView, @Ctx() ctx: GraphQLContext): string | null {
    return earlyTerminationRuleFor(contract, callerLanguageOf(ctx.principal), contract.customerLanguage)?.text ?? null;
  }

  @FieldResolver(() => CorrespondenceLanguage, {
    nullable: true,
    description:
      'Language of the earlyTerminationRule text, so that a client can mark it (e.g. the HTML lang attribute) when it ' +
      "differs from the page's language. Null when the contract states no rule.",
  })
  earlyTerminationRuleLanguage(@Root() contract: ContractView, @Ctx() ctx: GraphQLContext): CorrespondenceLanguage | null {
    return earlyTerminationRuleFor(contract, callerLanguageOf(ctx.principal), contract.customerLanguage)?.language ?? null;
  }

  @FieldResolver(() => [Asset], { description: 'Financed assets (CON-2).' })
  assets(@Root() contract: ContractView, @Ctx() ctx: GraphQLContext): Promise<AssetView[]> {
    return ctx.loaders.get(assetsLoader).load(contract.id);
  }

  @FieldResolver(() => Installment, { nullable: true, description: 'Next installment due on or after today (CON-3).' })
  nextInstallment(@Root() contract: ContractView, @Ctx() ctx: GraphQLContext): Promise<InstallmentView | null> {
    return ctx.loaders.get(nextInstallmentLoader).load(contract.id);
  }

  @FieldResolver(() => Installment, { nullable: true, description: 'Last installment that fell due before today (CON-3).' })
  lastInstallment(@Root() contract: ContractView, @Ctx() ctx: GraphQLContext): Promise<InstallmentView | null> {
    return ctx.loaders.get(lastInstallmentLoader).load(contract.id);
  }

  @FieldResolver(() => AmortizationTable, {
    nullable: true,
    description: 'Amortization table (CON-4); null for rentals. Provisional until the contract is activated.',
  })
  amortizationTable(@Root() contract: ContractView): AmortizationTable | null {
    return amortizationTableOf(contract);
  }
}

@Resolver(() => Installment)
export class InstallmentResolver {
  @FieldResolver(() => InstallmentStatus, { description: 'Paid, due or overdue as of today.' })
  status(@Root() installment: InstallmentView, @Ctx() ctx: GraphQLContext): InstallmentStatus {
    return installmentStatus(installment, ctx.today);
  }
}
