import { type Opt, Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/db/base.entity';
import { CorrespondenceLanguage } from './customer.enums';

/** A customer of the leasing company, identified by its 8-digit customer number (ACC-1, COM-1). */
@ObjectType('Company', { description: "The customer's company data as known by the leasing company (COM-1)." })
@Entity({ tableName: 'customer' })
export class Customer extends BaseEntity {
  /** Id of the record in the core leasing system (INT-1): the ingestion upserts by it. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  upstreamId!: string;

  @Field(() => String, { description: 'Customer number, 8 digits, as printed on letters and invoices.' })
  @Property({ type: 'string', length: 8 })
  @Unique()
  customerNumber!: string;

  @Field(() => String, { description: 'Registered company name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Legal form, e.g. SRL, SA, BV, NV.' })
  @Property({ type: 'string', length: 40, nullable: true })
  legalForm?: string | null;

  @Field(() => String, { description: 'Belgian enterprise number, 10 digits (e.g. 0403170701).' })
  @Property({ type: 'string', length: 10, index: true })
  enterpriseNumber!: string;

  @Field(() => String, { nullable: true, description: 'VAT number, e.g. BE0403170701; empty when not VAT-registered.' })
  @Property({ type: 'string', length: 20, nullable: true })
  vatNumber?: string | null;

  @Property({ type: 'string', length: 200 })
  registeredStreet!: string;

  @Property({ type: 'string', length: 12 })
  registeredPostalCode!: string;

  @Property({ type: 'string', length: 100 })
  registeredCity!: string;

  @Property({ type: 'string', length: 2 })
  registeredCountry!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  billingStreet?: string | null;

  @Property({ type: 'string', length: 12, nullable: true })
  billingPostalCode?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  billingCity?: string | null;

  @Property({ type: 'string', length: 2, nullable: true })
  billingCountry?: string | null;

  /** Full IBAN; the API only ever shows it masked (COM-1). */
  @Property({ type: 'string', length: 34, nullable: true })
  iban?: string | null;

  @Field(() => String, { nullable: true, description: 'BIC of the bank account.' })
  @Property({ type: 'string', length: 11, nullable: true })
  bic?: string | null;

  @Field(() => CorrespondenceLanguage, { description: 'Language of correspondence.' })
  @Property({ type: 'string', length: 2 })
  language: Opt<CorrespondenceLanguage> = CorrespondenceLanguage.FR;

  @Property({ type: 'string', length: 200, nullable: true })
  contactName?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  contactPhone?: string | null;

  /** ACC-10: an administrator made a second factor mandatory for every login of this customer. */
  @Field(() => Boolean, { description: 'Whether every login of this customer must use a second factor (ACC-10).' })
  @Property({ type: 'boolean' })
  secondFactorRequired: Opt<boolean> = false;

  @Field(() => Date, { nullable: true, description: 'When company data last changed through a completed request (COM-3).' })
  @Property({ type: 'datetime', nullable: true })
  companyDataChangedAt?: Date | null;
}
