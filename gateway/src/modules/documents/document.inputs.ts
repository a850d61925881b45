import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { DocumentKind, PaymentStatusFilter } from './document.enums';

@InputType({ description: 'Narrows the list of documents (DOC-1, DOC-2).' })
export class DocumentFilter {
  @Field(() => String, { nullable: true, description: 'Issued on or after this date (ISO 8601). Default: 12 months before today.' })
  issuedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Issued on or before this date (ISO 8601).' })
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of a document number or of a contract number.' })
  search?: string | null;

  @Field(() => [DocumentKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: DocumentKind[] | null;

  @Field(() => String, { nullable: true, description: 'Only documents of this contract number.' })
  contractNumber?: string | null;

  @Field(() => PaymentStatusFilter, { nullable: true, description: 'Only paid, or only unpaid, invoices and credit notes.' })
  paymentStatus?: PaymentStatusFilter | null;

  @Field(() => String, { nullable: true, description: 'Only documents of this invoicing batch (DOC-5).' })
  batchNumber?: string | null;
}

@ArgsType()
export class DocumentsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;

  @Field(() => DocumentFilter, { nullable: true, description: 'Filter; newest first.' })
  filter?: DocumentFilter | null;
}

@ArgsType()
export class BatchesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}
