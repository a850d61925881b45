import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BaseEntity } from '../../platform/db/base.entity';
import { centsColumn } from '../../platform/db/money-type';
import { Customer } from '../customers';
import { ContractKind, ContractStatus, PaymentMethod, PaymentTiming, Periodicity } from './contract.enums';

/** A leasing, credit-line or rental contract (CON-1, CON-2). Money in integer cents. */
@ObjectType({ description: 'A contract of the customer with every term of CON-2.', simpleResolvers: true })
@Entity({ tableName: 'contract' })
@Index({ properties: ['customer', 'contractNumber'] })
@Index({ properties: ['customer', 'startDate'] })
@Index({ properties: ['customer', 'endDate'] })
export class Contract extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  @Unique()
  upstreamId!: string;

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  customer!: Customer;

  @Field(() => String, { description: 'Contract number, to quote in every message to Customer Services.' })
  @Property({ type: 'string', length: 20 })
  @Unique()
  contractNumber!: string;

  @Field(() => ContractKind, { description: 'Leasing, credit line or rental.' })
  @Property({ type: 'string', length: 16 })
  kind!: ContractKind;

  @Field(() => ContractStatus, { description: 'Life-cycle status.' })
  @Property({ type: 'string', length: 16 })
  status!: ContractStatus;

  @Field(() => String, { description: 'Short description of what is financed, e.g. "2 forklifts Linde E20".' })
  @Property({ type: 'string', length: 300 })
  objectSummary!: string;

  @Field(() => String, { description: 'Start date (ISO 8601 date).' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => String, { description: 'End date (ISO 8601 date).' })
  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Field(() => Int, { description: 'Duration in months.' })
  @Property({ type: 'integer' })
  durationMonths!: number;

  @Field(() => Int, { description: 'Number of installments.' })
  @Property({ type: 'integer' })
  numberOfInstallments!: number;

  @Field(() => Periodicity, { description: 'How often an installment falls due.' })
  @Property({ type: 'string', length: 12 })
  periodicity!: Periodicity;

  @Field(() => PaymentTiming, { description: 'Payment in advance or in arrears.' })
  @Property({ type: 'string', length: 12 })
  paymentTiming!: PaymentTiming;

  @Field(() => GraphQLSafeInt, { description: 'Financed amount excluding VAT, in euro cents.' })
  @Property(centsColumn())
  financedAmountCents!: number;

  @Field(() => String, { description: 'Nominal yearly interest rate in percent, as a decimal string (e.g. "4.75").' })
  @Property({ type: 'string', length: 12 })
  annualRatePercent!: string;

  @Field(() => GraphQLSafeInt, { description: 'Residual value / purchase option at the end, in euro cents (0 when none).' })
  @Property(centsColumn())
  residualValueCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Regular periodic amount excluding VAT, in euro cents.' })
  @Property(centsColumn())
  periodicAmountCents!: number;

  @Field(() => String, { nullable: true, description: 'VAT rate applied to installments in percent (e.g. "21"); null when none applies.' })
  @Property({ type: 'string', length: 8, nullable: true })
  vatRatePercent?: string | null;

  @Field(() => PaymentMethod, { description: 'How installments are paid.' })
  @Property({ type: 'string', length: 20 })
  paymentMethod!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'SEPA mandate reference when paid by direct debit.' })
  @Property({ type: 'string', length: 35, nullable: true })
  sepaMandateReference?: string | null;

  @Field(() => String, { description: 'Supplier of the financed equipment.' })
  @Property({ type: 'string', length: 200 })
  supplierName!: string;

  /** Indemnity rule applied on early termination, in French (#18 item 9); GraphQL answers one language. */
  @Property({ type: 'string', length: 300, nullable: true })
  earlyTerminationRuleFr?: string | null;

  /** The same rule in Dutch. */
  @Property({ type: 'string', length: 300, nullable: true })
  earlyTerminationRuleNl?: string | null;

  /** The same rule in English. */
  @Property({ type: 'string', length: 300, nullable: true })
  earlyTerminationRuleEn?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the contract was activated.' })
  @Property({ type: 'datetime', nullable: true })
  activatedAt?: Date | null;
}
