import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { ContractResolver, InstallmentResolver } from '../modules/contracts/contract.resolver';
import { CustomerResolver } from '../modules/customers/customer.resolver';
import { DocumentResolver } from '../modules/documents/document.resolver';
import { IdentityResolver } from '../modules/identity/identity.resolver';
import { ProfileResolver } from '../modules/profiles/profile.resolver';
import { ChangeRequestResolver } from '../modules/requests/change-request.resolver';
import { BackOfficeResolver } from '../modules/backoffice/backoffice.resolver';
import { AuditEntryResolver } from '../modules/audit/audit-entry.resolver';
import { HelpResolver } from '../modules/help/help.resolver';
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
