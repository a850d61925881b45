/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new address (REQ-1). */
export type AddressChangeInput = {
  /** City. */
  city: string;
  /** Country, two letters (BE). */
  country: string;
  /** Registered office or billing address. */
  kind: AddressKind;
  /** Postal code (4 digits in Belgium). */
  postalCode: string;
  /** Street and number. */
  street: string;
};

/** Which address. */
export type AddressKind =
  /** Billing address. */
  | 'BILLING'
  /** Registered office. */
  | 'REGISTERED_OFFICE';

/** New bank details (REQ-1, REQ-4). */
export type BankDetailsInput = {
  /** Name of the account holder. */
  accountHolder: string;
  /** BIC, 8 or 11 characters. */
  bic: string;
  /** IBAN, spaces allowed. */
  iban: string;
};

/** Where a change request stands (REQ-3). */
export type ChangeRequestStatus =
  /** Approved and applied. */
  | 'COMPLETED'
  /** Being processed. */
  | 'IN_PROGRESS'
  /** Customer Services asked a question: answer it. */
  | 'MORE_INFORMATION_NEEDED'
  /** Refused, with a reason. */
  | 'REJECTED'
  /** Received, not yet taken by Customer Services. */
  | 'SUBMITTED';

/** What a change request asks to change (REQ-1). */
export type ChangeRequestType =
  /** The registered office or the billing address. */
  | 'ADDRESS'
  /** The bank account installments are paid from (four-eyes, REQ-4). */
  | 'BANK_DETAILS'
  /** The company name or legal form. */
  | 'COMPANY_NAME'
  /** The enterprise number. */
  | 'ENTERPRISE_NUMBER'
  /** Any other administrative change, in free text. */
  | 'OTHER';

/** New company name (REQ-1). */
export type CompanyNameInput = {
  /** Legal form, e.g. SRL, BV. */
  legalForm?: string | null | undefined;
  /** Company name. */
  name: string;
};

/** What a customer login may do (PRO-4). */
export type LoginProfile =
  /** Sees and changes everything of its customer. */
  | 'ADMINISTRATOR'
  /** Sees everything of its customer, changes nothing. */
  | 'VIEWER';

/** Who is calling. */
export type PrincipalKind =
  /** Partner software with an integration token (PRO-5). */
  | 'API_TOKEN'
  /** A person with a customer login. */
  | 'CUSTOMER_USER'
  /** Customer Services staff. */
  | 'STAFF';

/** Who took a step of a change request. */
export type RequestActorKind =
  /** A person of the customer. */
  | 'CUSTOMER'
  /** Customer Services: an agent, named only to staff. */
  | 'STAFF';

/** A step in the history of a change request. */
export type RequestEventKind =
  /** The customer answered. */
  | 'ANSWERED'
  /** A change after the first approval cancelled it. */
  | 'APPROVAL_RESET'
  /** Approved and applied. */
  | 'COMPLETED'
  /** First of two approvals of a bank-details change. */
  | 'FIRST_APPROVAL'
  /** The agent asked for more information. */
  | 'INFORMATION_REQUESTED'
  /** Rejected. */
  | 'REJECTED'
  /** Submitted by the customer. */
  | 'SUBMITTED'
  /** Taken by an agent. */
  | 'TAKEN';

/** A change request (REQ-1). Fill the part that matches the type. */
export type SubmitChangeRequestInput = {
  /** For ADDRESS. */
  address?: AddressChangeInput | null | undefined;
  /** Uploaded supporting documents (POST /uploads), at most 5. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** For BANK_DETAILS. */
  bankDetails?: BankDetailsInput | null | undefined;
  /** For COMPANY_NAME. */
  companyName?: CompanyNameInput | null | undefined;
  /** The contract it concerns, if any. */
  contractNumber?: string | null | undefined;
  /** For ENTERPRISE_NUMBER: the new number. */
  enterpriseNumber?: string | null | undefined;
  /** A key the client generates per form: submitting twice with it creates one request (REQ-5). */
  idempotencyKey: string;
  /** For OTHER: the request in free text; for the others an optional comment. */
  message?: string | null | undefined;
  /** For BANK_DETAILS: your password again (REQ-4). */
  password?: string | null | undefined;
  /** What to change. */
  type: ChangeRequestType;
};

export type ChangeRequestListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangeRequestListQuery = { __typename: 'Query', changeRequests: { __typename: 'ChangeRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ChangeRequestEdge', cursor: string, node: { __typename: 'ChangeRequest', id: string, reference: string, type: ChangeRequestType, status: ChangeRequestStatus, createdAt: string, awaitingAnswer: boolean } }> } };

export type ChangeRequestDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangeRequestDetailQuery = { __typename: 'Query', changeRequest: { __typename: 'ChangeRequest', id: string, reference: string, type: ChangeRequestType, status: ChangeRequestStatus, createdAt: string, updatedAt: string, submittedByName: string, contractNumber: string | null, awaitingAnswer: boolean, rejectionReason: string | null, requestedChange: Array<{ __typename: 'ChangeDetail', field: string, value: string | null }>, history: Array<{ __typename: 'RequestHistoryEntry', kind: RequestEventKind, at: string, actorKind: RequestActorKind, actorName: string, comment: string | null }>, attachments: Array<{ __typename: 'AttachmentInfo', id: string, fileName: string, mediaType: string, sizeBytes: number, downloadUrl: string }> } };

export type SubmitChangeRequestMutationVariables = Exact<{
  input: SubmitChangeRequestInput;
}>;


export type SubmitChangeRequestMutation = { __typename: 'Mutation', submitChangeRequest: { __typename: 'ChangeRequest', id: string, reference: string, status: ChangeRequestStatus } };

export type AnswerChangeRequestMutationVariables = Exact<{
  id: string | number;
  comment: string;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type AnswerChangeRequestMutation = { __typename: 'Mutation', answerChangeRequest: { __typename: 'ChangeRequest', id: string, status: ChangeRequestStatus, awaitingAnswer: boolean, history: Array<{ __typename: 'RequestHistoryEntry', kind: RequestEventKind, at: string, actorKind: RequestActorKind, actorName: string, comment: string | null }>, attachments: Array<{ __typename: 'AttachmentInfo', id: string, fileName: string, mediaType: string, sizeBytes: number, downloadUrl: string }> } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename: 'Query', me: { __typename: 'Me', kind: PrincipalKind, profile: LoginProfile | null } | null };

export type RequestFormCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestFormCompanyQuery = { __typename: 'Query', company: { __typename: 'Company', id: string, name: string, legalForm: string | null, enterpriseNumberFormatted: string, bic: string | null, registeredOffice: { __typename: 'Address', street: string, postalCode: string, city: string, country: string }, billingAddress: { __typename: 'Address', street: string, postalCode: string, city: string, country: string } | null } };


export const ChangeRequestListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeRequestList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswer"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeRequestListQuery, ChangeRequestListQueryVariables>;
export const ChangeRequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeRequestDetailQuery, ChangeRequestDetailQueryVariables>;
export const SubmitChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitChangeRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitChangeRequestMutation, SubmitChangeRequestMutationVariables>;
export const AnswerChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerChangeRequestMutation, AnswerChangeRequestMutationVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const RequestFormCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestFormCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumberFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bic"}}]}}]}}]} as unknown as DocumentNode<RequestFormCompanyQuery, RequestFormCompanyQueryVariables>;