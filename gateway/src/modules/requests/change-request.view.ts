import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BackOfficeCustomer, ChangeDetail } from './change-request.types';
import { ChangeRequestStatus, ChangeRequestType } from './request.enums';

/** A change request as its customer sees it (REQ-3); history and attachments resolve through loaders. */
@ObjectType('ChangeRequest', { description: 'A change request of the customer (REQ-3).', simpleResolvers: true })
export class ChangeRequestView {
  @Field(() => ID, { description: 'Opaque id.' })
  id!: string;

  @Field(() => String, { description: 'Reference to quote, e.g. REQ-7K3M9Q2X.' })
  reference!: string;

  @Field(() => ChangeRequestType, { description: 'What it changes.' })
  type!: ChangeRequestType;

  @Field(() => ChangeRequestStatus, { description: 'Where it stands.' })
  status!: ChangeRequestStatus;

  @Field(() => Date, { description: 'When it was submitted.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Contract it concerns.' })
  contractNumber!: string | null;

  @Field(() => String, { description: 'Who submitted it.' })
  submittedByName!: string;

  @Field(() => [ChangeDetail], { description: 'The requested values (IBAN masked).' })
  requestedChange!: ChangeDetail[];

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  rejectionReason!: string | null;

  @Field(() => Boolean, { description: 'Customer Services is waiting for an answer (MORE_INFORMATION_NEEDED).' })
  awaitingAnswer!: boolean;

  /** Staff also see internal steps. */
  staffView!: boolean;
}

@ObjectType({
  description: 'A change request in the back office, with the current data beside the requested change (BO-3).',
  simpleResolvers: true,
})
export class BackOfficeRequest {
  @Field(() => ID, { description: 'Id of the request.' })
  id!: string;

  @Field(() => ChangeRequestView, { description: 'The request.' })
  request!: ChangeRequestView;

  @Field(() => BackOfficeCustomer, { description: 'Its customer.' })
  customer!: BackOfficeCustomer;

  @Field(() => [ChangeDetail], { description: "The customer's current values of the same fields." })
  currentValues!: ChangeDetail[];

  @Field(() => [ChangeDetail], { description: 'The requested values, unmasked.' })
  requestedValues!: ChangeDetail[];

  @Field(() => String, { nullable: true, description: 'Agent handling it.' })
  assigneeName!: string | null;

  @Field(() => String, { nullable: true, description: 'For bank details: who gave the first approval.' })
  firstApproverName!: string | null;

  @Field(() => Boolean, { description: 'Whether approving completes it now (false when a second approver is still needed).' })
  nextApprovalCompletes!: boolean;

  @Field(() => Int, { description: 'Days since submission.' })
  ageInDays!: number;
}
