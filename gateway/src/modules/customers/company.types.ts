import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A postal address.', simpleResolvers: true })
export class Address {
  @Field(() => String, { description: 'Street and number.' })
  street!: string;

  @Field(() => String, { description: 'Postal code.' })
  postalCode!: string;

  @Field(() => String, { description: 'City.' })
  city!: string;

  @Field(() => String, { description: 'Country, ISO 3166-1 alpha-2 (e.g. BE).' })
  country!: string;
}

@ObjectType({ description: 'The bank account installments are paid from; the IBAN is never shown in full (COM-1).', simpleResolvers: true })
export class BankAccount {
  @Field(() => String, { description: 'IBAN with every character but the last 4 hidden, e.g. "BE•• •••• •••• 6769".' })
  maskedIban!: string;

  @Field(() => String, { description: 'Last 4 characters of the IBAN.' })
  ibanLast4!: string;

  @Field(() => String, { nullable: true, description: 'BIC.' })
  bic!: string | null;
}

@ObjectType({ description: 'Administrative contact of the customer (from its SEPA mandate or registration).', simpleResolvers: true })
export class AdministrativeContact {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;
}
