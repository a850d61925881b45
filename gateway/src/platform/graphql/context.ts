import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import { todayOf } from '../clock';
import { LoaderRegistry } from './loader-registry';

export interface GraphQLContext {
  requestId: string;
  /** A fork of the EntityManager for this request only. */
  em: EntityManager;
  principal: Principal | null;
  clock: Clock;
  /** The business date of the request (Europe/Brussels is ahead of UTC; UTC date is used consistently). */
  today: string;
  loaders: LoaderRegistry<GraphQLContext>;
}

export function createContext(input: { requestId: string; em: EntityManager; principal: Principal | null; clock: Clock }): GraphQLContext {
  const ctx: GraphQLContext = {
    ...input,
    today: todayOf(input.clock),
    loaders: new LoaderRegistry<GraphQLContext>(() => ctx),
  };
  return ctx;
}
