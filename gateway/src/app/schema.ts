import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { ContractResolver, InstallmentResolver } from '../modules/contracts';
import { CustomerResolver } from '../modules/customers';
import { DocumentResolver } from '../modules/documents';
import { IdentityResolver } from '../modules/identity';
import { ProfileResolver } from '../modules/profiles';
import { ChangeRequestResolver } from '../modules/requests';
import { BackOfficeResolver } from '../modules/backoffice';
import { AuditEntryResolver } from '../modules/audit';
import { HelpResolver } from '../modules/help';
import { buildGatewaySchema } from '../platform/graphql/schema';

export { printGatewaySchema } from '../platform/graphql/schema';

/** Every module's resolvers: the one list the schema is built from. */
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
  cached ??= buildGatewaySchema(RESOLVERS);
  return cached;
}
