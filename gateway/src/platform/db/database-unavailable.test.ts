import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

describe('isDatabaseUnavailable: which errors answer 503 SERVICE_UNAVAILABLE (#13 §5)', () => {
  it.each([
    [
      'PostgreSQL stopped: connection refused',
      withCode('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', errno: -111 }),
      true,
    ],
    ['connection dropped mid-query', new Error('select 1 - Connection terminated unexpectedly'), true],
    ['connection reset', withCode('read ECONNRESET', { code: 'ECONNRESET' }), true],
    ['server shutting down (57P01)', withCode('terminating connection due to administrator command', { code: '57P01' }), true],
    ['server starting up (57P03)', withCode('the database system is starting up', { code: '57P03' }), true],
    ['connection exception class 08 (08006)', withCode('connection failure', { code: '08006' }), true],
    ['too many connections (53300)', withCode('sorry, too many clients already', { code: '53300' }), true],
    [
      'pool acquire timeout',
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
      true,
    ],
    ['SQLite locked past its busy timeout', withCode('database is locked', { code: 'SQLITE_BUSY' }), true],
    [
      'wrapped by GraphQL as a resolver error',
      new GraphQLError('x', { originalError: withCode('connect ECONNREFUSED', { code: 'ECONNREFUSED' }) }),
      true,
    ],
    [
      'wrapped as a cause',
      new Error('loading the session failed', { cause: withCode('connect ECONNREFUSED', { code: 'ECONNREFUSED' }) }),
      true,
    ],
    [
      'unique violation (23505) is a conflict, not an outage',
      withCode('duplicate key value violates unique constraint', { code: '23505' }),
      false,
    ],
    ['syntax error (42601) is a bug', withCode('syntax error at or near "selec"', { code: '42601' }), false],
    ['SQLite constraint is a bug or a conflict', withCode('UNIQUE constraint failed', { code: 'SQLITE_CONSTRAINT_UNIQUE' }), false],
    ['an ordinary TypeError', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['not an error at all', 'ECONNREFUSED', false],
    ['null', null, false],
  ])('%s → %s', (_case, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });

  it('stops on a cycle in the cause chain', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
