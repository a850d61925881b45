import type { Express, RequestHandler, Router } from 'express';
import { ID_PATTERN, NIL_ID, hasControlCharacter } from '../input-checks';

/**
 * X-5, issue #11 §4: HTTP input checked at the edge, before any route reads it. A control character
 * in the path or the query string (a NUL in an id cut the PostgreSQL statement, one in a search cut
 * a CSV export mid-stream) answers 400 BAD_USER_INPUT.
 */
export const refuseControlCharacters: RequestHandler = (req, res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    path = '\u0000'; // undecodable: refused like a control character
  }
  if (hasControlCharacter(path) || queryValues(req.query).some(hasControlCharacter)) {
    res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'The address contains a character that is not allowed' } });
    return;
  }
  next();
};

/**
 * A route parameter named `id` that has not the format of our ids (BaseEntity UUIDs) cannot name a
 * record: the route gets NIL_ID instead, so it answers exactly as for an id that does not exist
 * (404, X-4) and the malformed text never reaches SQL. A Router has its own parameters: call it on each.
 */
export function checkIdParameters(app: Express | Router): void {
  app.param('id', (req, _res, next, value: unknown) => {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) req.params['id'] = NIL_ID;
    next();
  });
}

function queryValues(query: unknown): string[] {
  if (typeof query === 'string') return [query];
  if (Array.isArray(query)) return query.flatMap(queryValues);
  if (typeof query === 'object' && query !== null) {
    return Object.entries(query).flatMap(([key, value]) => [key, ...queryValues(value)]);
  }
  return [];
}
