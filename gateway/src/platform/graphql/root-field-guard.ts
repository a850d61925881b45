import { type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { DomainError } from '../errors';
import type { GraphQLContext } from './context';
import { PUBLIC_ROOT_FIELDS } from './public-root-fields';

export type RootFieldAccess = 'authorized' | 'public' | 'unguarded';

/** `Query.contracts` → how it is guarded, read from type-graphql's decorators and the public list. */
export function rootFieldAccess(schema: GraphQLSchema): Map<string, RootFieldAccess> {
  const storage = getMetadataStorage();
  const authorized = new Set<string>();
  const classAuthorized = new Set(storage.authorizedResolver.map((entry) => entry.target));
  const fieldAuthorized = new Set(storage.authorizedFields.map((entry) => `${entry.target.name}#${entry.fieldName}`));
  for (const [typeName, resolvers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
  ] as const) {
    for (const resolver of resolvers) {
      if (classAuthorized.has(resolver.target) || fieldAuthorized.has(`${resolver.target.name}#${resolver.methodName}`)) {
        authorized.add(`${typeName}.${resolver.schemaName}`);
      }
    }
  }
  const access = new Map<string, RootFieldAccess>();
  for (const type of rootTypes(schema)) {
    for (const name of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${name}`;
      access.set(coordinate, authorized.has(coordinate) ? 'authorized' : PUBLIC_ROOT_FIELDS.has(coordinate) ? 'public' : 'unguarded');
    }
  }
  return access;
}

/**
 * Deny by default at run time too: a root field that nobody decided about (no `@Authorized`, not in
 * the public list) answers UNAUTHENTICATED to anonymous callers and FORBIDDEN to everyone else, so
 * a forgotten decorator never opens a field. Only root fields are wrapped: nested fields stay plain
 * (no per-row wrapper, issue #8).
 */
export function denyUnguardedRootFields(schema: GraphQLSchema): GraphQLSchema {
  const access = rootFieldAccess(schema);
  for (const type of rootTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      if (access.get(`${type.name}.${field.name}`) !== 'unguarded') continue;
      field.resolve = (_source, _args, context: GraphQLContext) => {
        if (!context.principal) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
        throw new DomainError('FORBIDDEN', 'Your access does not allow this');
      };
    }
  }
  return schema;
}

function rootTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type): type is GraphQLObjectType =>
    Boolean(type),
  );
}
