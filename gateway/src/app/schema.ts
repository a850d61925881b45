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
import { nameAuditSubjects } from '../modules/audit';
import { customerNamesOf } from '../modules/customers';
import { addPersonalDataSection, loginNamesOf } from '../modules/identity';
import { changeRequestsSubmittedBy } from '../modules/requests';

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
  if (!cached) {
    wireModules();
    cached = buildGatewaySchema(RESOLVERS);
  }
  return cached;
}

/** What one module offers another through a small interface the receiving module owns (issue #14 §1):
 * the audit log names the people and companies of its entries with the identity and customers modules' sources;
 * the export of a person's data gathers what other modules keep of them. Done before the first request. */
function wireModules(): void {
  nameAuditSubjects('login', loginNamesOf);
  nameAuditSubjects('customer', customerNamesOf);
  // PRO-8: a person's export holds their change requests, kept by the requests module.
  addPersonalDataSection('changeRequests', changeRequestsSubmittedBy);
}
