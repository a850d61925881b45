import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { PaymentTiming, Periodicity } from './contract.enums';

// Plain value objects: simpleResolvers skips type-graphql's per-field machinery on 360-row tables.
@ObjectType({
  description: 'One line of an amortization table (CON-4): a rent, or the residual value at the end of the term. Amounts in euro cents.',
  simpleResolvers: true,
})
export class AmortizationRow {
  @Field(() => Int, { description: 'Rent number, from 1; the residual-value line comes after the last rent (number of rents + 1).' })
  period!: number;

  @Field(() => String, { description: 'Due date (ISO 8601 date).' })
  dueDate!: string;

  @Field(() => GraphQLSafeInt, { description: 'Installment (or residual value) excluding VAT.' })
  installmentCents!: number;

  @Field(() => GraphQLSafeInt, {
    description:
      'Interest part: the interest accrued over the period ending at this due date. 0 for the first rent in advance, paid at signing.',
  })
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

@ObjectType({
  description: 'Column totals of an amortization table (rents and residual-value line), in euro cents.',
  simpleResolvers: true,
})
export class AmortizationTotals {
  @Field(() => GraphQLSafeInt, { description: 'Sum of installments excluding VAT.' })
  installmentCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of interest parts.' })
  interestCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of capital parts, residual-value line included: the financed amount.' })
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

  @Field(() => GraphQLSafeInt, { description: 'Residual value (purchase option), due at the end of the term.' })
  residualValueCents!: number;

  @Field(() => PaymentTiming, {
    description: 'Convention of the table: rents paid in advance (terme à échoir) or in arrears (terme échu).',
  })
  paymentTiming!: PaymentTiming;

  @Field(() => String, { description: 'Nominal annual interest rate in percent, e.g. "4.75"; periodicRate = this / 100 / periodsPerYear.' })
  annualRatePercent!: string;

  @Field(() => Periodicity, { description: 'How often a rent falls due.' })
  periodicity!: Periodicity;

  @Field(() => Int, { description: 'Rents per year: 12, 4, 2 or 1.' })
  periodsPerYear!: number;

  @Field(() => [AmortizationRow], { description: 'One row per rent.' })
  rows!: AmortizationRow[];

  @Field(() => AmortizationRow, {
    nullable: true,
    description:
      'The residual value (purchase option) as the last line of the table: capital = the outstanding before it, interest = the rest; null when the residual value is 0.',
  })
  residualValueRow!: AmortizationRow | null;

  @Field(() => AmortizationTotals, { description: 'Column totals.' })
  totals!: AmortizationTotals;
}
