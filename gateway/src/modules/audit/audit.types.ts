import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One entry of the audit trail: who changed what, when, before and after (BO-5, PRO-7).', simpleResolvers: true })
export class AuditEntry {
  @Field(() => ID, { description: 'Opaque id.' })
  id!: string;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field(() => String, { description: 'customer, staff, token or system.' })
  actorKind!: string;

  @Field(() => String, { description: 'Name of who did it.' })
  actorName!: string;

  @Field(() => String, { description: "What was done, e.g. 'login.created', 'request.approved'." })
  action!: string;

  @Field(() => String, { description: 'Kind of record changed.' })
  entityType!: string;

  @Field(() => String, { description: 'Which record (its number or id).' })
  entityRef!: string;

  @Field(() => String, { nullable: true, description: 'Values before, as JSON.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Values after, as JSON.' })
  after!: string | null;
}
