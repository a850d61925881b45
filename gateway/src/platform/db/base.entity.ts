import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Every table has an opaque random id and creation/update timestamps. */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID, { description: 'Opaque identifier, stable for the life of the record.' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: Opt<string> = randomUUID();

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
