import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

/** One invoicing run of the customer (DOC-5). Not an entity: grouped from documents. */
@ObjectType({ description: 'An invoicing batch: the documents issued together in one run (DOC-5).', simpleResolvers: true })
export class Batch {
  /** Also the cursor id: batch numbers are unique within a customer. */
  id!: string;

  @Field(() => String, { description: 'Batch number.' })
  number!: string;

  @Field(() => String, { description: 'Issue date of the batch (latest document date, ISO 8601).' })
  issueDate!: string;

  @Field(() => Int, { description: 'Number of documents in the batch.' })
  documentCount!: number;

  @Field(() => GraphQLSafeInt, { description: 'Invoices minus credit notes, including VAT, in cents.' })
  balanceCents!: number;
}
