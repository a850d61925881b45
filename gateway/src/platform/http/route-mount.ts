import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Express, Request } from 'express';
import type { RequestAuth } from '../auth/request-auth';
import type { Clock } from '../clock';
import type { GatewaySettings } from '../graphql/context';
import type { Logger } from '../logging';

/** What a module's HTTP routes get: they authenticate exactly like /graphql. */
export interface RouteContext {
  orm: MikroORM;
  clock: Clock;
  settings: GatewaySettings;
  logger: Logger;
  authenticate(req: Request, em: EntityManager): Promise<RequestAuth>;
}

/** A module's HTTP routes beside /graphql (downloads, uploads, the core system's feed), mounted by the composition root. */
export type RouteMount = (app: Express, context: RouteContext) => void;
