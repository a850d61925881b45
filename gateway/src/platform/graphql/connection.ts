import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { isIsoDate } from '../../core/iso-date';
import { badInput } from '../errors';
import { ID_PATTERN, hasControlCharacter } from '../input-checks';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page stands in a list (Relay cursor connections).', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted only when a client asks for totalCount. */
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/**
 * Builds `XConnection` and `XEdge` object types for a node type. `V` is what the resolver puts in a
 * page: the node class itself, or a plain view with every published field (the lean read path).
 */
export function connectionOf<T extends object, V extends object = T>(name: string, node: ClassType<T>, description: string) {
  @ObjectType(`${name}Edge`, { description: `An item of a ${name} list with its cursor.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: V;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection implements ConnectionShape<V> {
    @Field(() => [Edge], { description: 'Items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'Items of this page.' })
    nodes!: V[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    private count!: () => Promise<number>;

    @Field(() => Int, { description: 'How many items match the filter in all pages.' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<V>): Connection {
      const connection = new Connection();
      connection.nodes = page.nodes;
      connection.edges = page.nodes.map((n, i) => ({ cursor: page.cursors[i] ?? '', node: n }));
      connection.pageInfo = {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.cursors[0] ?? null,
        endCursor: page.cursors[page.cursors.length - 1] ?? null,
      };
      connection.count = page.count;
      return connection;
    }
  }
  return Connection;
}

export type CursorValue = string | number;

/** Cursors are opaque: base64url of the sort key and the id, so pages stay stable while rows are added. */
export function encodeCursor(key: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

/**
 * What a list sorts by, so that a cursor is checked when decoded (#11 §4): a cursor whose key is not
 * of that kind (a text where an instant is expected, 1e400…) is refused, never handed to SQL
 * (`created_at < NaN`).
 */
export type CursorKey = 'epoch-ms' | 'iso-date' | 'text' | 'integer';

const KEY_CHECKS: Record<CursorKey, (key: unknown) => boolean> = {
  // createdAt as milliseconds, years 1970..2199
  'epoch-ms': (key) => Number.isSafeInteger(key) && (key as number) >= 0 && (key as number) <= 7_258_118_400_000,
  'iso-date': (key) => typeof key === 'string' && isIsoDate(key),
  text: (key) => typeof key === 'string' && key.length <= 200 && !hasControlCharacter(key),
  integer: (key) => Number.isSafeInteger(key),
};

/** `tie` is the second key: a record id (UUID) for most lists, a text (batch number) for batches. */
export function decodeCursor(cursor: string, key: CursorKey, tie: 'id' | 'text' = 'id'): { key: CursorValue; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      KEY_CHECKS[key](value[0]) &&
      typeof value[1] === 'string' &&
      (tie === 'id' ? ID_PATTERN.test(value[1]) : KEY_CHECKS.text(value[1]))
    ) {
      return { key: value[0] as CursorValue, id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('The cursor is not valid', [{ field: 'after', code: 'CURSOR_INVALID', message: 'Use a cursor returned by this list' }]);
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, [
      { field: 'first', code: 'PAGE_SIZE_INVALID', message: `Between 1 and ${MAX_PAGE_SIZE}` },
    ]);
  }
  return size;
}

/** MikroORM filter for "after this (key, id)" in the given direction. */
export function keysetCondition(field: string, direction: 'asc' | 'desc', after: { key: CursorValue | Date; id: string }) {
  const op = direction === 'asc' ? '$gt' : '$lt';
  return { $or: [{ [field]: { [op]: after.key } }, { [field]: after.key, id: { [op]: after.id } }] };
}

/** Turns rows fetched with limit+1 into a page. */
export function toPage<T extends { id: string }>(
  rows: T[],
  size: number,
  keyOf: (row: T) => CursorValue,
  hadCursor: boolean,
  count: () => Promise<number>,
): Page<T> {
  const nodes = rows.slice(0, size);
  return {
    nodes,
    cursors: nodes.map((row) => encodeCursor(keyOf(row), row.id)),
    hasNextPage: rows.length > size,
    hasPreviousPage: hadCursor,
    count,
  };
}
