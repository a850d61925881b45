import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../platform/graphql/context';
import { auditEntityNameLoader } from './audit-entity-names.loader';
import { AuditEntry } from './audit.types';

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Name of the record changed, when it has one the caller may see: the person of a login, the company of a customer (PRO-7, BO-5). Null for other kinds and for another customer's people.",
  })
  entityName(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return ctx.loaders.get(auditEntityNameLoader).load({ entityType: entry.entityType, entityRef: entry.entityRef });
  }
}
