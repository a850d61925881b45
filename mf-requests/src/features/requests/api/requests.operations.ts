import { graphql } from '../../../gql';

// REQ-3: the customer's requests, newest first.
export const ChangeRequestListQuery = graphql(`
  query ChangeRequestList($first: Int, $after: String) {
    changeRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          reference
          type
          status
          createdAt
          awaitingAnswer
        }
      }
    }
  }
`);

// REQ-3: one request with the requested change, its history and its documents.
export const ChangeRequestDetailQuery = graphql(`
  query ChangeRequestDetail($id: ID!) {
    changeRequest(id: $id) {
      id
      reference
      type
      status
      createdAt
      updatedAt
      submittedByName
      contractNumber
      awaitingAnswer
      rejectionReason
      requestedChange {
        field
        value
      }
      history {
        kind
        at
        actorKind
        actorName
        comment
      }
      attachments {
        id
        fileName
        mediaType
        sizeBytes
        downloadUrl
      }
    }
  }
`);

// REQ-1, REQ-4, REQ-5: one request, once per idempotency key.
export const SubmitChangeRequestMutation = graphql(`
  mutation SubmitChangeRequest($input: SubmitChangeRequestInput!) {
    submitChangeRequest(input: $input) {
      id
      reference
      status
    }
  }
`);

// REQ-3: the customer's answer to a question of Customer Services, with new documents.
export const AnswerChangeRequestMutation = graphql(`
  mutation AnswerChangeRequest($id: ID!, $comment: String!, $attachmentIds: [ID!]) {
    answerChangeRequest(id: $id, comment: $comment, attachmentIds: $attachmentIds) {
      id
      status
      awaitingAnswer
      history {
        kind
        at
        actorKind
        actorName
        comment
      }
      attachments {
        id
        fileName
        mediaType
        sizeBytes
        downloadUrl
      }
    }
  }
`);

// The caller's profile when the tab runs without the shell (standalone): viewers cannot submit (REQ-5).
export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      kind
      profile
    }
  }
`);

// COM-2 (#18 item 18): the company's current data, to open a request form filled with it.
export const RequestFormCompanyQuery = graphql(`
  query RequestFormCompany {
    company {
      id
      name
      legalForm
      enterpriseNumberFormatted
      registeredOffice {
        street
        postalCode
        city
        country
      }
      billingAddress {
        street
        postalCode
        city
        country
      }
      bic
    }
  }
`);
