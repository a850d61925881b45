/**
 * "Contains" pattern for LIKE / ILIKE. Wildcards a user types are left as wildcards: SQLite and
 * PostgreSQL escape differently, and a wider match only ever widens results within the caller's scope.
 * Here, without GraphQL imports, so that the SQL builders (and the bench floor) can share it.
 */
export function likePattern(search: string): string {
  return `%${search}%`;
}
