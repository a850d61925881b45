import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AddressKind, ChangeRequestStatus, ChangeRequestType, RequestActorKind, RequestEventKind } from './request.enums';

@ObjectType({ description: 'One field of a requested change, or of the current company data.', simpleResolvers: true })
export class ChangeDetail {
  @Field(() => String, { description: 'Field name, e.g. iban, street, enterpriseNumber.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Value (an IBAN is masked outside the back office).' })
  value!: string | null;
}

@ObjectType({ description: 'A step in the history of a change request (REQ-3).', simpleResolvers: true })
export class RequestHistoryEntry {
  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => RequestEventKind, { description: 'What happened.' })
  kind!: RequestEventKind;

  @Field(() => RequestActorKind, { description: 'A person of the customer, or Customer Services.' })
  actorKind!: RequestActorKind;

  @Field(() => String, {
    description: 'Who: the customer user; for a Customer Services step the agent’s name to staff, "Customer Services" to customers.',
  })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'Comment exchanged with this step.' })
  comment!: string | null;
}

@InputType({ description: 'A new address (REQ-1).' })
export class AddressChangeInput {
  @Field(() => AddressKind, { description: 'Registered office or billing address.' })
  kind!: AddressKind;

  @Field(() => String, { description: 'Street and number.' })
  street!: string;

  @Field(() => String, { description: 'Postal code (4 digits in Belgium).' })
  postalCode!: string;

  @Field(() => String, { description: 'City.' })
  city!: string;

  @Field(() => String, { description: 'Country, two letters (BE).' })
  country!: string;
}

@InputType({ description: 'New bank details (REQ-1, REQ-4).' })
export class BankDetailsInput {
  @Field(() => String, { description: 'IBAN, spaces allowed.' })
  iban!: string;

  @Field(() => String, { description: 'BIC, 8 or 11 characters.' })
  bic!: string;

  @Field(() => String, { description: 'Name of the account holder.' })
  accountHolder!: string;
}

@InputType({ description: 'New company name (REQ-1).' })
export class CompanyNameInput {
  @Field(() => String, { description: 'Company name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Legal form, e.g. SRL, BV.' })
  legalForm?: string | null;
}

@InputType({ description: 'A change request (REQ-1). Fill the part that matches the type.' })
export class SubmitChangeRequestInput {
  @Field(() => String, { description: 'A key the client generates per form: submitting twice with it creates one request (REQ-5).' })
  idempotencyKey!: string;

  @Field(() => ChangeRequestType, { description: 'What to change.' })
  type!: ChangeRequestType;

  @Field(() => String, { nullable: true, description: 'For ENTERPRISE_NUMBER: the new number.' })
  enterpriseNumber?: string | null;

  @Field(() => AddressChangeInput, { nullable: true, description: 'For ADDRESS.' })
  address?: AddressChangeInput | null;

  @Field(() => BankDetailsInput, { nullable: true, description: 'For BANK_DETAILS.' })
  bankDetails?: BankDetailsInput | null;

  @Field(() => CompanyNameInput, { nullable: true, description: 'For COMPANY_NAME.' })
  companyName?: CompanyNameInput | null;

  @Field(() => String, { nullable: true, description: 'For OTHER: the request in free text; for the others an optional comment.' })
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'The contract it concerns, if any.' })
  contractNumber?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Uploaded supporting documents (POST /uploads), at most 5.' })
  attachmentIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'For BANK_DETAILS: your password again (REQ-4).' })
  password?: string | null;
}

@ArgsType()
export class ChangeRequestsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;

  @Field(() => [ChangeRequestStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ChangeRequestStatus[] | null;
}

@InputType({ description: 'Filter of the back-office queue (BO-2).' })
export class RequestQueueFilter {
  @Field(() => [ChangeRequestStatus], { nullable: true, description: 'Statuses; default: every open status.' })
  statuses?: ChangeRequestStatus[] | null;

  @Field(() => [ChangeRequestType], { nullable: true, description: 'Only these types.' })
  types?: ChangeRequestType[] | null;

  @Field(() => Int, { nullable: true, description: 'Only requests submitted at least this many days ago.' })
  olderThanDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the requests the caller has taken.' })
  mine?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only this customer number.' })
  customerNumber?: string | null;
}

@ArgsType()
export class RequestQueueArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;

  @Field(() => RequestQueueFilter, { nullable: true, description: 'Filter; oldest first.' })
  filter?: RequestQueueFilter | null;
}

@ObjectType({ description: 'The customer a back-office request or search result is about.', simpleResolvers: true })
export class BackOfficeCustomer {
  @Field(() => ID, { description: 'Opaque id.' })
  id!: string;

  @Field(() => String, { description: 'Customer number.' })
  customerNumber!: string;

  @Field(() => String, { description: 'Company name.' })
  name!: string;

  @Field(() => String, { description: 'Enterprise number, formatted.' })
  enterpriseNumber!: string;

  @Field(() => String, { nullable: true, description: 'Administrative contact.' })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: 'Administrative contact e-mail.' })
  contactEmail!: string | null;

  @Field(() => Int, { description: 'Number of logins.' })
  loginCount!: number;
}

@ObjectType({ description: 'Summary of a login, for the back office (BO-4).', simpleResolvers: true })
export class BackOfficeLogin {
  @Field(() => String, { description: '9-digit login id.' })
  loginId!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'E-mail.' })
  email!: string;

  @Field(() => String, { description: 'ADMINISTRATOR or VIEWER.' })
  profile!: string;

  @Field(() => String, { description: 'PENDING_ACTIVATION, ACTIVE, LOCKED or DEACTIVATED.' })
  status!: string;

  @Field(() => Date, { nullable: true, description: 'Temporary password expiry, when pending.' })
  activationExpiresAt!: Date | null;
}
