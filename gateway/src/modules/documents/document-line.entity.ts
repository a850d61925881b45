import { type Opt, Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BaseEntity } from '../../platform/db/base.entity';
import { centsColumn } from '../../platform/db/money-type';
import type { VatCategory, VatExemptionBasis } from '../../core/vat-treatment';
import { Document } from './document.entity';

@ObjectType({ description: 'A line of an invoice or credit note.', simpleResolvers: true })
@Entity({ tableName: 'document_line' })
@Unique({ properties: ['document', 'position'] })
export class DocumentLine extends BaseEntity {
  @ManyToOne(() => Document, { deleteRule: 'cascade' })
  document!: Document;

  @Field(() => Int, { description: 'Line number, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'What is invoiced.' })
  @Property({ type: 'string', length: 300 })
  description!: string;

  @Field(() => String, { description: 'Quantity as a decimal string.' })
  @Property({ type: 'string', length: 16 })
  quantity!: string;

  @Field(() => GraphQLSafeInt, { description: 'Unit price excluding VAT, in cents.' })
  @Property(centsColumn())
  unitPriceCents!: number;

  @Field(() => String, { description: 'VAT rate in percent, e.g. "21".' })
  @Property({ type: 'string', length: 8 })
  vatRatePercent!: string;

  @Field(() => String, {
    description: 'VAT category of the line (EN 16931, UNCL5305): S standard rate, Z zero-rated, E exempt (issue #12 §2).',
  })
  @Property({ type: 'string', length: 2, default: 'S' })
  vatCategory: Opt<VatCategory> = 'S';

  /** Legal basis of an exempt (E) line, printed in the customer's language (core/vat-treatment). */
  @Property({ type: 'string', length: 32, nullable: true })
  vatExemptionBasis?: VatExemptionBasis | null;

  @Field(() => GraphQLSafeInt, { description: 'Line total excluding VAT, in cents.' })
  @Property(centsColumn())
  netCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'VAT of the line, in cents.' })
  @Property(centsColumn())
  vatCents!: number;
}
