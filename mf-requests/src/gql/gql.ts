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
    "\n  query ChangeRequestList($first: Int, $after: String) {\n    changeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          type\n          status\n          createdAt\n          awaitingAnswer\n        }\n      }\n    }\n  }\n": typeof types.ChangeRequestListDocument,
    "\n  query ChangeRequestDetail($id: ID!) {\n    changeRequest(id: $id) {\n      id\n      reference\n      type\n      status\n      createdAt\n      updatedAt\n      submittedByName\n      contractNumber\n      awaitingAnswer\n      rejectionReason\n      requestedChange {\n        field\n        value\n      }\n      history {\n        kind\n        at\n        actorKind\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n": typeof types.ChangeRequestDetailDocument,
    "\n  mutation SubmitChangeRequest($input: SubmitChangeRequestInput!) {\n    submitChangeRequest(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": typeof types.SubmitChangeRequestDocument,
    "\n  mutation AnswerChangeRequest($id: ID!, $comment: String!, $attachmentIds: [ID!]) {\n    answerChangeRequest(id: $id, comment: $comment, attachmentIds: $attachmentIds) {\n      id\n      status\n      awaitingAnswer\n      history {\n        kind\n        at\n        actorKind\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n": typeof types.AnswerChangeRequestDocument,
    "\n  query MyProfile {\n    me {\n      kind\n      profile\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query RequestFormCompany {\n    company {\n      id\n      name\n      legalForm\n      enterpriseNumberFormatted\n      registeredOffice {\n        street\n        postalCode\n        city\n        country\n      }\n      billingAddress {\n        street\n        postalCode\n        city\n        country\n      }\n      bic\n    }\n  }\n": typeof types.RequestFormCompanyDocument,
};
const documents: Documents = {
    "\n  query ChangeRequestList($first: Int, $after: String) {\n    changeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          type\n          status\n          createdAt\n          awaitingAnswer\n        }\n      }\n    }\n  }\n": types.ChangeRequestListDocument,
    "\n  query ChangeRequestDetail($id: ID!) {\n    changeRequest(id: $id) {\n      id\n      reference\n      type\n      status\n      createdAt\n      updatedAt\n      submittedByName\n      contractNumber\n      awaitingAnswer\n      rejectionReason\n      requestedChange {\n        field\n        value\n      }\n      history {\n        kind\n        at\n        actorKind\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n": types.ChangeRequestDetailDocument,
    "\n  mutation SubmitChangeRequest($input: SubmitChangeRequestInput!) {\n    submitChangeRequest(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": types.SubmitChangeRequestDocument,
    "\n  mutation AnswerChangeRequest($id: ID!, $comment: String!, $attachmentIds: [ID!]) {\n    answerChangeRequest(id: $id, comment: $comment, attachmentIds: $attachmentIds) {\n      id\n      status\n      awaitingAnswer\n      history {\n        kind\n        at\n        actorKind\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n": types.AnswerChangeRequestDocument,
    "\n  query MyProfile {\n    me {\n      kind\n      profile\n    }\n  }\n": types.MyProfileDocument,
    "\n  query RequestFormCompany {\n    company {\n      id\n      name\n      legalForm\n      enterpriseNumberFormatted\n      registeredOffice {\n        street\n        postalCode\n        city\n        country\n      }\n      billingAddress {\n        street\n        postalCode\n        city\n        country\n      }\n      bic\n    }\n  }\n": types.RequestFormCompanyDocument,
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
export function graphql(source: "\n  query ChangeRequestList($first: Int, $after: String) {\n    changeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          type\n          status\n          createdAt\n          awaitingAnswer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeRequestList($first: Int, $after: String) {\n    changeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          type\n          status\n          createdAt\n          awaitingAnswer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequestDetail($id: ID!) {\n    changeRequest(id: $id) {\n      id\n      reference\n      type\n      status\n      createdAt\n      updatedAt\n      submittedByName\n      contractNumber\n      awaitingAnswer\n      rejectionReason\n      requestedChange {\n        field\n        value\n      }\n      history {\n        kind\n        at\n        actorKind\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeRequestDetail($id: ID!) {\n    changeRequest(id: $id) {\n      id\n      reference\n      type\n      status\n      createdAt\n      updatedAt\n      submittedByName\n      contractNumber\n      awaitingAnswer\n      rejectionReason\n      requestedChange {\n        field\n        value\n      }\n      history {\n        kind\n        at\n        actorKind\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitChangeRequest($input: SubmitChangeRequestInput!) {\n    submitChangeRequest(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitChangeRequest($input: SubmitChangeRequestInput!) {\n    submitChangeRequest(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerChangeRequest($id: ID!, $comment: String!, $attachmentIds: [ID!]) {\n    answerChangeRequest(id: $id, comment: $comment, attachmentIds: $attachmentIds) {\n      id\n      status\n      awaitingAnswer\n      history {\n        kind\n        at\n        actorKind\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerChangeRequest($id: ID!, $comment: String!, $attachmentIds: [ID!]) {\n    answerChangeRequest(id: $id, comment: $comment, attachmentIds: $attachmentIds) {\n      id\n      status\n      awaitingAnswer\n      history {\n        kind\n        at\n        actorKind\n        actorName\n        comment\n      }\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      kind\n      profile\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      kind\n      profile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestFormCompany {\n    company {\n      id\n      name\n      legalForm\n      enterpriseNumberFormatted\n      registeredOffice {\n        street\n        postalCode\n        city\n        country\n      }\n      billingAddress {\n        street\n        postalCode\n        city\n        country\n      }\n      bic\n    }\n  }\n"): (typeof documents)["\n  query RequestFormCompany {\n    company {\n      id\n      name\n      legalForm\n      enterpriseNumberFormatted\n      registeredOffice {\n        street\n        postalCode\n        city\n        country\n      }\n      billingAddress {\n        street\n        postalCode\n        city\n        country\n      }\n      bic\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;