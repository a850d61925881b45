import type { MikroORM } from '@mikro-orm/core';
import { openOrm, type DatabaseConfig, type OrmOptions } from '../platform/db/orm';
import { ENTITIES } from './entities';

export { migrate, pendingSchemaDrift, type DatabaseConfig } from '../platform/db/orm';

/** The gateway's database: the platform's ORM set up with every module's entities. */
export function openDatabase(database: DatabaseConfig, options: Omit<OrmOptions, 'entities'> = {}): Promise<MikroORM> {
  return openOrm(database, { ...options, entities: ENTITIES });
}
