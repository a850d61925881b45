import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BaseEntity } from '../../platform/db/base.entity';
import { centsColumn } from '../../platform/db/money-type';
import { Contract } from './contract.entity';

/** One due installment of a contract's payment schedule, as the core system reports it (CON-3). */
@ObjectType({ description: 'An installment of a contract.', simpleResolvers: true })
@Entity({ tableName: 'installment' })
@Unique({ properties: ['contract', 'sequence'] })
@Index({ properties: ['contract', 'dueDate'] })
export class Installment extends BaseEntity {
  @ManyToOne(() => Contract, { deleteRule: 'cascade' })
  contract!: Contract;

  @Field(() => Int, { description: 'Position in the schedule, from 1.' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => String, { description: 'Due date (ISO 8601 date).' })
  @Property({ type: 'string', length: 10 })
  dueDate!: string;

  @Field(() => GraphQLSafeInt, { description: 'Amount excluding VAT, in euro cents.' })
  @Property(centsColumn())
  amountCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'VAT, in euro cents.' })
  @Property(centsColumn())
  vatCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Amount including VAT, in euro cents.' })
  @Property(centsColumn())
  totalCents!: number;

  @Field(() => String, { nullable: true, description: 'Date the installment was paid (ISO 8601 date), if paid.' })
  @Property({ type: 'string', length: 10, nullable: true })
  paidOn?: string | null;
}
