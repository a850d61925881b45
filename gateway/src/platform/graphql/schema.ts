import { lexicographicSortSchema, printSchema, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ContractResolver, InstallmentResolver } from '../../modules/contracts/contract.resolver';
import { CustomerResolver } from '../../modules/customers/customer.resolver';
import { DocumentResolver } from '../../modules/documents/document.resolver';
import { IdentityResolver } from '../../modules/identity/identity.resolver';
import { ProfileResolver } from '../../modules/profiles/profile.resolver';
import { ChangeRequestResolver } from '../../modules/requests/change-request.resolver';
import { BackOfficeResolver } from '../../modules/backoffice/backoffice.resolver';
import { AuditEntryResolver } from '../../modules/audit/audit-entry.resolver';
import { HelpResolver } from '../../modules/help/help.resolver';
import { authChecker } from './auth-checker';
import { guardArguments } from './argument-guard';
import { denyUnguardedRootFields } from './root-field-guard';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  CustomerResolver,
  ContractResolver,
  InstallmentResolver,
  DocumentResolver,
  IdentityResolver,
  ProfileResolver,
  ChangeRequestResolver,
  BackOfficeResolver,
  AuditEntryResolver,
  HelpResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, and building is the slow part of start-up. */
export function gatewaySchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  })
    .then(describeRootTypes)
    .then(denyUnguardedRootFields)
    .then(guardArguments);
  return cached;
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
