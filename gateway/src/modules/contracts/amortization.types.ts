import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

// Plain value objects: simpleResolvers skips type-graphql's per-field machinery on 360-row tables.
@ObjectType({ description: 'One period of an amortization table (CON-4). Amounts in euro cents.', simpleResolvers: true })
export class AmortizationRow {
  @Field(() => Int, { description: 'Period number, from 1.' })
  period!: number;

  @Field(() => String, { description: 'Due date (ISO 8601 date).' })
  dueDate!: string;

  @Field(() => GraphQLSafeInt, { description: 'Installment excluding VAT.' })
  installmentCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Interest part of the installment.' })
  interestCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Capital part of the installment.' })
  capitalCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Capital still outstanding after this period.' })
  outstandingCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'VAT on the installment (0 when none applies).' })
  vatCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Installment including VAT.' })
  totalCents!: number;
}

@ObjectType({ description: 'Column totals of an amortization table, in euro cents.', simpleResolvers: true })
export class AmortizationTotals {
  @Field(() => GraphQLSafeInt, { description: 'Sum of installments excluding VAT.' })
  installmentCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of interest parts.' })
  interestCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of capital parts: financed amount minus residual value.' })
  capitalCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of VAT.' })
  vatCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of installments including VAT.' })
  totalCents!: number;
}

@ObjectType({ description: 'Amortization table of a leasing or credit-line contract (CON-4).', simpleResolvers: true })
export class AmortizationTable {
  @Field(() => Boolean, { description: 'False while the contract is not activated: the table is provisional.' })
  definitive!: boolean;

  @Field(() => GraphQLSafeInt, { description: 'Regular installment excluding VAT; the last one absorbs rounding.' })
  regularInstallmentCents!: number;

  @Field(() => String, { description: 'Interest rate per period as a decimal fraction.' })
  periodicRate!: string;

  @Field(() => GraphQLSafeInt, { description: 'Residual value the outstanding capital ends at.' })
  residualValueCents!: number;

  @Field(() => [AmortizationRow], { description: 'One row per period.' })
  rows!: AmortizationRow[];

  @Field(() => AmortizationTotals, { description: 'Column totals.' })
  totals!: AmortizationTotals;
}
