import DataLoader from 'dataloader';
import type { GraphQLContext } from '../../platform/graphql/context';
import { ContractService } from './contract.service';
import type { AssetView, InstallmentView } from './contract-views';

// Loader factories: the registry makes one of each per request, so batching never crosses requests.
export const assetsLoader = (ctx: GraphQLContext) =>
  new DataLoader<string, AssetView[]>(async (ids) => {
    const byContract = await new ContractService(ctx.em).assetsByContract(ids);
    return ids.map((id) => byContract.get(id) ?? []);
  });

const nearestInstallmentLoader = (side: 'next' | 'last') => (ctx: GraphQLContext) =>
  new DataLoader<string, InstallmentView | null>(async (ids) => {
    const byContract = await new ContractService(ctx.em).nearestInstallmentByContract(ids, ctx.today, side);
    return ids.map((id) => byContract.get(id) ?? null);
  });

export const nextInstallmentLoader = nearestInstallmentLoader('next');
export const lastInstallmentLoader = nearestInstallmentLoader('last');
