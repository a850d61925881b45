import { lexicographicSortSchema, printSchema, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth-checker';
import { guardArguments } from './argument-guard';
import { denyUnguardedRootFields } from './root-field-guard';

/** The executable schema of the given resolvers, with the platform's guards: every root field
 * declares its rights, every argument is checked at the edge. The composition root (app/schema.ts)
 * passes every module's resolvers; the platform knows no module (issue #14 §2). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function buildGatewaySchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  })
    .then(describeRootTypes)
    .then(denyUnguardedRootFields)
    .then(guardArguments);
}

/** The published contract (API-2): sorted, so the committed file changes only when the API does. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** type-graphql cannot describe the root types; API-2 wants every type described. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const descriptions: [GraphQLObjectType | null | undefined, string][] = [
    [schema.getQueryType(), 'Everything a caller can read. Every answer is limited to the caller’s own customer.'],
    [schema.getMutationType(), 'Everything a caller can change. Viewers and read-only tokens get FORBIDDEN.'],
  ];
  for (const [type, description] of descriptions) if (type && !type.description) type.description = description;
  return schema;
}
