import { registerEnumType } from 'type-graphql';

export enum ChangeRequestType {
  ENTERPRISE_NUMBER = 'ENTERPRISE_NUMBER',
  ADDRESS = 'ADDRESS',
  BANK_DETAILS = 'BANK_DETAILS',
  COMPANY_NAME = 'COMPANY_NAME',
  OTHER = 'OTHER',
}

export enum ChangeRequestStatus {
  SUBMITTED = 'SUBMITTED',
  IN_PROGRESS = 'IN_PROGRESS',
  MORE_INFORMATION_NEEDED = 'MORE_INFORMATION_NEEDED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
}

export enum AddressKind {
  REGISTERED_OFFICE = 'REGISTERED_OFFICE',
  BILLING = 'BILLING',
}

export enum RequestEventKind {
  SUBMITTED = 'SUBMITTED',
  TAKEN = 'TAKEN',
  INFORMATION_REQUESTED = 'INFORMATION_REQUESTED',
  ANSWERED = 'ANSWERED',
  FIRST_APPROVAL = 'FIRST_APPROVAL',
  APPROVAL_RESET = 'APPROVAL_RESET',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
}

export const OPEN_STATUSES = [ChangeRequestStatus.SUBMITTED, ChangeRequestStatus.IN_PROGRESS, ChangeRequestStatus.MORE_INFORMATION_NEEDED];

registerEnumType(ChangeRequestType, {
  name: 'ChangeRequestType',
  description: 'What a change request asks to change (REQ-1).',
  valuesConfig: {
    ENTERPRISE_NUMBER: { description: 'The enterprise number.' },
    ADDRESS: { description: 'The registered office or the billing address.' },
    BANK_DETAILS: { description: 'The bank account installments are paid from (four-eyes, REQ-4).' },
    COMPANY_NAME: { description: 'The company name or legal form.' },
    OTHER: { description: 'Any other administrative change, in free text.' },
  },
});
registerEnumType(ChangeRequestStatus, {
  name: 'ChangeRequestStatus',
  description: 'Where a change request stands (REQ-3).',
  valuesConfig: {
    SUBMITTED: { description: 'Received, not yet taken by Customer Services.' },
    IN_PROGRESS: { description: 'Being processed.' },
    MORE_INFORMATION_NEEDED: { description: 'Customer Services asked a question: answer it.' },
    COMPLETED: { description: 'Approved and applied.' },
    REJECTED: { description: 'Refused, with a reason.' },
  },
});
registerEnumType(AddressKind, {
  name: 'AddressKind',
  description: 'Which address.',
  valuesConfig: { REGISTERED_OFFICE: { description: 'Registered office.' }, BILLING: { description: 'Billing address.' } },
});
registerEnumType(RequestEventKind, {
  name: 'RequestEventKind',
  description: 'A step in the history of a change request.',
  valuesConfig: {
    SUBMITTED: { description: 'Submitted by the customer.' },
    TAKEN: { description: 'Taken by an agent.' },
    INFORMATION_REQUESTED: { description: 'The agent asked for more information.' },
    ANSWERED: { description: 'The customer answered.' },
    FIRST_APPROVAL: { description: 'First of two approvals of a bank-details change.' },
    APPROVAL_RESET: { description: 'A change after the first approval cancelled it.' },
    COMPLETED: { description: 'Approved and applied.' },
    REJECTED: { description: 'Rejected.' },
  },
});

/** Who took a step of a request (#18 item 10): the portal names Customer Services in the reader's language. */
export enum RequestActorKind {
  CUSTOMER = 'CUSTOMER',
  STAFF = 'STAFF',
}

registerEnumType(RequestActorKind, {
  name: 'RequestActorKind',
  description: 'Who took a step of a change request.',
  valuesConfig: {
    CUSTOMER: { description: 'A person of the customer.' },
    STAFF: { description: 'Customer Services: an agent, named only to staff.' },
  },
});
