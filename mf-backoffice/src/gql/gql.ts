/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment BackOfficeRequestFields on BackOfficeRequest {\n    id\n    ageInDays\n    assigneeName\n    firstApproverName\n    nextApprovalCompletes\n    customer {\n      id\n      customerNumber\n      name\n      enterpriseNumber\n    }\n    currentValues {\n      field\n      value\n    }\n    requestedValues {\n      field\n      value\n    }\n    request {\n      id\n      reference\n      type\n      status\n      createdAt\n      submittedByName\n      contractNumber\n      rejectionReason\n      history {\n        kind\n        at\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n": typeof types.BackOfficeRequestFieldsFragmentDoc,
    "\n  query RequestQueue($first: Int, $after: String, $filter: RequestQueueFilter) {\n    requestQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ageInDays\n          assigneeName\n          customer {\n            id\n            customerNumber\n            name\n          }\n          request {\n            id\n            reference\n            type\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestQueueDocument,
    "\n  query BackOfficeRequestDetail($id: ID!) {\n    backOfficeRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n": typeof types.BackOfficeRequestDetailDocument,
    "\n  mutation TakeRequest($id: ID!) {\n    takeRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n": typeof types.TakeRequestDocument,
    "\n  mutation AskForInformation($id: ID!, $comment: String!) {\n    askForInformation(id: $id, comment: $comment) {\n      ...BackOfficeRequestFields\n    }\n  }\n": typeof types.AskForInformationDocument,
    "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n": typeof types.ApproveRequestDocument,
    "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      ...BackOfficeRequestFields\n    }\n  }\n": typeof types.RejectRequestDocument,
    "\n  query CustomerSearch($search: String!) {\n    customerSearch(search: $search) {\n      id\n      customerNumber\n      name\n      enterpriseNumber\n      contactName\n      contactEmail\n      loginCount\n    }\n  }\n": typeof types.CustomerSearchDocument,
    "\n  query CustomerLogins($customerNumber: String!) {\n    customerLogins(customerNumber: $customerNumber) {\n      loginId\n      name\n      email\n      profile\n      status\n      activationExpiresAt\n    }\n  }\n": typeof types.CustomerLoginsDocument,
    "\n  mutation StaffReissueActivation($loginId: String!) {\n    staffReissueActivation(loginId: $loginId) {\n      loginId\n      name\n      email\n      profile\n      status\n      activationExpiresAt\n    }\n  }\n": typeof types.StaffReissueActivationDocument,
    "\n  query PendingRegistrations {\n    pendingRegistrations {\n      id\n      customerNumber\n      customerName\n      contractNumber\n      enterpriseNumber\n      contactName\n      email\n      phone\n      numbersMatch\n      status\n      createdAt\n    }\n  }\n": typeof types.PendingRegistrationsDocument,
    "\n  mutation VerifyRegistration($id: ID!) {\n    verifyRegistration(id: $id) {\n      loginId\n      name\n      email\n      status\n    }\n  }\n": typeof types.VerifyRegistrationDocument,
    "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason)\n  }\n": typeof types.RejectRegistrationDocument,
    "\n  query StaffAuditLog($first: Int, $after: String) {\n    staffAuditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorKind\n          actorName\n          action\n          entityType\n          entityRef\n          entityName\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.StaffAuditLogDocument,
};
const documents: Documents = {
    "\n  fragment BackOfficeRequestFields on BackOfficeRequest {\n    id\n    ageInDays\n    assigneeName\n    firstApproverName\n    nextApprovalCompletes\n    customer {\n      id\n      customerNumber\n      name\n      enterpriseNumber\n    }\n    currentValues {\n      field\n      value\n    }\n    requestedValues {\n      field\n      value\n    }\n    request {\n      id\n      reference\n      type\n      status\n      createdAt\n      submittedByName\n      contractNumber\n      rejectionReason\n      history {\n        kind\n        at\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n": types.BackOfficeRequestFieldsFragmentDoc,
    "\n  query RequestQueue($first: Int, $after: String, $filter: RequestQueueFilter) {\n    requestQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ageInDays\n          assigneeName\n          customer {\n            id\n            customerNumber\n            name\n          }\n          request {\n            id\n            reference\n            type\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.RequestQueueDocument,
    "\n  query BackOfficeRequestDetail($id: ID!) {\n    backOfficeRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n": types.BackOfficeRequestDetailDocument,
    "\n  mutation TakeRequest($id: ID!) {\n    takeRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n": types.TakeRequestDocument,
    "\n  mutation AskForInformation($id: ID!, $comment: String!) {\n    askForInformation(id: $id, comment: $comment) {\n      ...BackOfficeRequestFields\n    }\n  }\n": types.AskForInformationDocument,
    "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n": types.ApproveRequestDocument,
    "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      ...BackOfficeRequestFields\n    }\n  }\n": types.RejectRequestDocument,
    "\n  query CustomerSearch($search: String!) {\n    customerSearch(search: $search) {\n      id\n      customerNumber\n      name\n      enterpriseNumber\n      contactName\n      contactEmail\n      loginCount\n    }\n  }\n": types.CustomerSearchDocument,
    "\n  query CustomerLogins($customerNumber: String!) {\n    customerLogins(customerNumber: $customerNumber) {\n      loginId\n      name\n      email\n      profile\n      status\n      activationExpiresAt\n    }\n  }\n": types.CustomerLoginsDocument,
    "\n  mutation StaffReissueActivation($loginId: String!) {\n    staffReissueActivation(loginId: $loginId) {\n      loginId\n      name\n      email\n      profile\n      status\n      activationExpiresAt\n    }\n  }\n": types.StaffReissueActivationDocument,
    "\n  query PendingRegistrations {\n    pendingRegistrations {\n      id\n      customerNumber\n      customerName\n      contractNumber\n      enterpriseNumber\n      contactName\n      email\n      phone\n      numbersMatch\n      status\n      createdAt\n    }\n  }\n": types.PendingRegistrationsDocument,
    "\n  mutation VerifyRegistration($id: ID!) {\n    verifyRegistration(id: $id) {\n      loginId\n      name\n      email\n      status\n    }\n  }\n": types.VerifyRegistrationDocument,
    "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason)\n  }\n": types.RejectRegistrationDocument,
    "\n  query StaffAuditLog($first: Int, $after: String) {\n    staffAuditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorKind\n          actorName\n          action\n          entityType\n          entityRef\n          entityName\n          before\n          after\n        }\n      }\n    }\n  }\n": types.StaffAuditLogDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackOfficeRequestFields on BackOfficeRequest {\n    id\n    ageInDays\n    assigneeName\n    firstApproverName\n    nextApprovalCompletes\n    customer {\n      id\n      customerNumber\n      name\n      enterpriseNumber\n    }\n    currentValues {\n      field\n      value\n    }\n    requestedValues {\n      field\n      value\n    }\n    request {\n      id\n      reference\n      type\n      status\n      createdAt\n      submittedByName\n      contractNumber\n      rejectionReason\n      history {\n        kind\n        at\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BackOfficeRequestFields on BackOfficeRequest {\n    id\n    ageInDays\n    assigneeName\n    firstApproverName\n    nextApprovalCompletes\n    customer {\n      id\n      customerNumber\n      name\n      enterpriseNumber\n    }\n    currentValues {\n      field\n      value\n    }\n    requestedValues {\n      field\n      value\n    }\n    request {\n      id\n      reference\n      type\n      status\n      createdAt\n      submittedByName\n      contractNumber\n      rejectionReason\n      history {\n        kind\n        at\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestQueue($first: Int, $after: String, $filter: RequestQueueFilter) {\n    requestQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ageInDays\n          assigneeName\n          customer {\n            id\n            customerNumber\n            name\n          }\n          request {\n            id\n            reference\n            type\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestQueue($first: Int, $after: String, $filter: RequestQueueFilter) {\n    requestQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ageInDays\n          assigneeName\n          customer {\n            id\n            customerNumber\n            name\n          }\n          request {\n            id\n            reference\n            type\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeRequestDetail($id: ID!) {\n    backOfficeRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n"): (typeof documents)["\n  query BackOfficeRequestDetail($id: ID!) {\n    backOfficeRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeRequest($id: ID!) {\n    takeRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeRequest($id: ID!) {\n    takeRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskForInformation($id: ID!, $comment: String!) {\n    askForInformation(id: $id, comment: $comment) {\n      ...BackOfficeRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskForInformation($id: ID!, $comment: String!) {\n    askForInformation(id: $id, comment: $comment) {\n      ...BackOfficeRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      ...BackOfficeRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      ...BackOfficeRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      ...BackOfficeRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSearch($search: String!) {\n    customerSearch(search: $search) {\n      id\n      customerNumber\n      name\n      enterpriseNumber\n      contactName\n      contactEmail\n      loginCount\n    }\n  }\n"): (typeof documents)["\n  query CustomerSearch($search: String!) {\n    customerSearch(search: $search) {\n      id\n      customerNumber\n      name\n      enterpriseNumber\n      contactName\n      contactEmail\n      loginCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLogins($customerNumber: String!) {\n    customerLogins(customerNumber: $customerNumber) {\n      loginId\n      name\n      email\n      profile\n      status\n      activationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query CustomerLogins($customerNumber: String!) {\n    customerLogins(customerNumber: $customerNumber) {\n      loginId\n      name\n      email\n      profile\n      status\n      activationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffReissueActivation($loginId: String!) {\n    staffReissueActivation(loginId: $loginId) {\n      loginId\n      name\n      email\n      profile\n      status\n      activationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StaffReissueActivation($loginId: String!) {\n    staffReissueActivation(loginId: $loginId) {\n      loginId\n      name\n      email\n      profile\n      status\n      activationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingRegistrations {\n    pendingRegistrations {\n      id\n      customerNumber\n      customerName\n      contractNumber\n      enterpriseNumber\n      contactName\n      email\n      phone\n      numbersMatch\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PendingRegistrations {\n    pendingRegistrations {\n      id\n      customerNumber\n      customerName\n      contractNumber\n      enterpriseNumber\n      contactName\n      email\n      phone\n      numbersMatch\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRegistration($id: ID!) {\n    verifyRegistration(id: $id) {\n      loginId\n      name\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyRegistration($id: ID!) {\n    verifyRegistration(id: $id) {\n      loginId\n      name\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAuditLog($first: Int, $after: String) {\n    staffAuditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorKind\n          actorName\n          action\n          entityType\n          entityRef\n          entityName\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAuditLog($first: Int, $after: String) {\n    staffAuditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorKind\n          actorName\n          action\n          entityType\n          entityRef\n          entityName\n          before\n          after\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;