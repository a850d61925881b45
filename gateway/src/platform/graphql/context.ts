import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../auth/principal';
import { anonymousAuth, type HttpAuth } from '../auth/request-auth';
import type { Clock } from '../clock';
import { todayOf } from '../clock';
import { LoaderRegistry } from './loader-registry';

export interface GraphQLContext {
  requestId: string;
  /** A fork of the EntityManager for this request only. */
  em: EntityManager;
  principal: Principal | null;
  clock: Clock;
  /** The business date of the request: the calendar date in Europe/Brussels, like every deadline. */
  today: string;
  loaders: LoaderRegistry<GraphQLContext>;
  /** Session, client address and cookie setters of this request. */
  auth: HttpAuth;
  settings: GatewaySettings;
}

/** Settings resolvers need (from AppConfig), kept small so tests can build them. */
export interface GatewaySettings {
  publicUrl: string;
  secretKey: string;
  demoSecondFactorBypass: boolean;
  customerServicesEmail: string;
  customerServicesPhone: string;
  /** ACC-6: credential checks per client address per 15 minutes. */
  credentialChecksPerIp: number;
  /** API-4: requests per minute of one session or token. */
  requestsPerMinute: number;
}

export function createContext(input: {
  requestId: string;
  em: EntityManager;
  principal: Principal | null;
  clock: Clock;
  auth?: HttpAuth;
  /** Required: a context without settings would run on guessed values, e.g. a known secret key. */
  settings: GatewaySettings;
}): GraphQLContext {
  const ctx: GraphQLContext = {
    ...input,
    auth: input.auth ?? { ...anonymousAuth(), principal: input.principal },
    today: todayOf(input.clock),
    loaders: new LoaderRegistry<GraphQLContext>(() => ctx),
  };
  return ctx;
}
