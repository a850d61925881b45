import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/db/base.entity';
import { Customer } from '../customers';
import { Contract } from './contract.entity';

/** A financed asset (CON-2). Carries its customer too, so searches by serial number stay scoped cheaply. */
@ObjectType({ description: 'An asset financed by a contract.', simpleResolvers: true })
@Entity({ tableName: 'asset' })
@Index({ properties: ['customer', 'serialNumber'] })
export class Asset extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  @Unique()
  upstreamId!: string;

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  customer!: Customer;

  @ManyToOne(() => Contract, { deleteRule: 'cascade', index: true })
  contract!: Contract;

  @Field(() => String, { description: 'Description of the asset.' })
  @Property({ type: 'string', length: 300 })
  description!: string;

  @Field(() => String, { description: 'Brand.' })
  @Property({ type: 'string', length: 100 })
  brand!: string;

  @Field(() => String, { description: 'Model.' })
  @Property({ type: 'string', length: 100 })
  model!: string;

  @Field(() => String, { nullable: true, description: 'Serial number (or chassis number for vehicles).' })
  @Property({ type: 'string', length: 100, nullable: true })
  serialNumber?: string | null;

  @Field(() => Int, { description: 'Quantity.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'Where the asset is located.' })
  @Property({ type: 'string', length: 300, nullable: true })
  location?: string | null;
}
