import { type Opt, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BaseEntity } from '../../platform/db/base.entity';
import { centsColumn } from '../../platform/db/money-type';
import { Customer } from '../customers';
import { Contract } from '../contracts';
import { DocumentKind } from './document.enums';

/**
 * An invoice, a credit note or an issued amortization table (DOC-1). Amounts are positive cents;
 * the kind says whether it is owed by or to the customer. The contract number is kept on the row
 * so that the documents page searches it without a join.
 */
@ObjectType({ description: 'An invoice, credit note or amortization table of the customer.', simpleResolvers: true })
@Entity({ tableName: 'document' })
@Index({ properties: ['customer', 'issueDate', 'id'] })
@Index({ properties: ['customer', 'batchNumber'] })
@Index({ properties: ['customer', 'contractNumber'] })
export class Document extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  @Unique()
  upstreamId!: string;

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  customer!: Customer;

  @ManyToOne(() => Contract, { nullable: true, deleteRule: 'set null', index: true })
  contract?: Contract | null;

  @Field(() => DocumentKind, { description: 'Invoice, credit note or amortization table.' })
  @Property({ type: 'string', length: 20 })
  kind!: DocumentKind;

  @Field(() => String, { description: 'Document number (invoice number for invoices and credit notes).' })
  @Property({ type: 'string', length: 30 })
  @Unique()
  number!: string;

  @Field(() => String, { nullable: true, description: 'Number of the contract the document belongs to.' })
  @Property({ type: 'string', length: 20, nullable: true })
  contractNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Invoicing run the document was issued in (DOC-5).' })
  @Property({ type: 'string', length: 20, nullable: true })
  batchNumber?: string | null;

  @Field(() => String, { description: 'Issue date (ISO 8601 date).' })
  @Property({ type: 'string', length: 10 })
  issueDate!: string;

  @Field(() => String, { nullable: true, description: 'Due date (ISO 8601 date) of an invoice.' })
  @Property({ type: 'string', length: 10, nullable: true })
  dueDate?: string | null;

  @Field(() => String, { description: 'Currency (ISO 4217), EUR.' })
  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'EUR';

  @Field(() => GraphQLSafeInt, { description: 'Total excluding VAT, in cents.' })
  @Property(centsColumn())
  netCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'VAT, in cents.' })
  @Property(centsColumn())
  vatCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Total including VAT, in cents.' })
  @Property(centsColumn())
  totalCents!: number;

  @Field(() => String, { nullable: true, description: 'Date the document was settled (ISO 8601 date).' })
  @Property({ type: 'string', length: 10, nullable: true })
  paidOn?: string | null;

  /** 12 digits; shown formatted as +++123/4567/89002+++ (DOC-9). */
  @Property({ type: 'string', length: 12, nullable: true })
  structuredReference?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'SEPA mandate reference when the invoice is collected by direct debit on its due date (nothing to pay by transfer); null otherwise.',
  })
  @Property({ type: 'string', length: 35, nullable: true })
  directDebitMandateReference?: string | null;

  @Field(() => String, { nullable: true, description: 'For a credit note: the number of the invoice it credits.' })
  @Property({ type: 'string', length: 30, nullable: true })
  creditedDocumentNumber?: string | null;
}
