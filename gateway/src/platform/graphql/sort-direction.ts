import type { EntityManager } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending order.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

/**
 * "Contains" pattern for LIKE / ILIKE. Wildcards a user types are left as wildcards: SQLite and
 * PostgreSQL escape differently, and a wider match only ever widens results within the caller's scope.
 */
export function likePattern(search: string): string {
  return `%${search}%`;
}

/** Case-insensitive "contains": ILIKE on PostgreSQL; LIKE on SQLite, which ignores ASCII case already. */
export function containsIgnoringCase(em: EntityManager, search: string): { $ilike: string } | { $like: string } {
  const pattern = likePattern(search);
  return em.getPlatform().constructor.name.startsWith('PostgreSql') ? { $ilike: pattern } : { $like: pattern };
}
