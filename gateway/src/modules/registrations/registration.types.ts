import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CorrespondenceLanguage } from '../customers';

@InputType({ description: 'Public form: the administrative contact of a customer that never gave one (ACC-8).' })
export class RegisterContactInput {
  @Field(() => String, { description: 'Customer number, 8 digits, as on letters.' })
  customerNumber!: string;

  @Field(() => String, { description: 'One of the customer’s contract numbers.' })
  contractNumber!: string;

  @Field(() => String, { description: 'Enterprise number.' })
  enterpriseNumber!: string;

  @Field(() => String, { description: 'Name of the contact.' })
  contactName!: string;

  @Field(() => String, { description: 'E-mail of the contact: the activation is sent there.' })
  email!: string;

  @Field(() => String, { description: 'Phone number of the contact.' })
  phone!: string;

  @Field(() => CorrespondenceLanguage, { nullable: true, description: 'Language of the e-mails.' })
  language?: CorrespondenceLanguage | null;
}

@ObjectType({ description: 'A registration waiting for verification in the back office (ACC-8, BO-4).', simpleResolvers: true })
export class RegistrationView {
  @Field(() => ID, { description: 'Opaque id.' })
  id!: string;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => String, { description: 'Customer number given.' })
  customerNumber!: string;

  @Field(() => String, { description: 'Contract number given.' })
  contractNumber!: string;

  @Field(() => String, { description: 'Enterprise number given.' })
  enterpriseNumber!: string;

  @Field(() => String, { description: 'Contact name.' })
  contactName!: string;

  @Field(() => String, { description: 'Contact e-mail.' })
  email!: string;

  @Field(() => String, { description: 'Contact phone.' })
  phone!: string;

  @Field(() => String, { description: 'PENDING, VERIFIED or REJECTED.' })
  status!: string;

  @Field(() => Boolean, { description: 'Whether customer, contract and enterprise numbers match the records.' })
  numbersMatch!: boolean;

  @Field(() => String, { nullable: true, description: 'Company name of the customer number, when it exists.' })
  customerName!: string | null;
}
