import type { EntityManager } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { likePattern } from '../db/like-pattern';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending order.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

export { likePattern } from '../db/like-pattern';

/** Case-insensitive "contains": ILIKE on PostgreSQL; LIKE on SQLite, which ignores ASCII case already. */
export function containsIgnoringCase(em: EntityManager, search: string): { $ilike: string } | { $like: string } {
  const pattern = likePattern(search);
  return em.getPlatform().constructor.name.startsWith('PostgreSql') ? { $ilike: pattern } : { $like: pattern };
}
