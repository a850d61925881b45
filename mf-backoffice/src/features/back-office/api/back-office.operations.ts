import { graphql } from '../../../gql';

// BO-3: one request as staff see it; every action answers with the same fields so the page updates in place.
export const BackOfficeRequestFieldsFragment = graphql(`
  fragment BackOfficeRequestFields on BackOfficeRequest {
    id
    ageInDays
    assigneeName
    firstApproverName
    nextApprovalCompletes
    customer {
      id
      customerNumber
      name
      enterpriseNumber
    }
    currentValues {
      field
      value
    }
    requestedValues {
      field
      value
    }
    request {
      id
      reference
      type
      status
      createdAt
      submittedByName
      contractNumber
      rejectionReason
      history {
        kind
        at
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

// BO-2: the queue, oldest first, with who handles what.
export const RequestQueueQuery = graphql(`
  query RequestQueue($first: Int, $after: String, $filter: RequestQueueFilter) {
    requestQueue(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ageInDays
          assigneeName
          customer {
            id
            customerNumber
            name
          }
          request {
            id
            reference
            type
            status
            createdAt
          }
        }
      }
    }
  }
`);

export const BackOfficeRequestQuery = graphql(`
  query BackOfficeRequestDetail($id: ID!) {
    backOfficeRequest(id: $id) {
      ...BackOfficeRequestFields
    }
  }
`);

export const TakeRequestMutation = graphql(`
  mutation TakeRequest($id: ID!) {
    takeRequest(id: $id) {
      ...BackOfficeRequestFields
    }
  }
`);

export const AskForInformationMutation = graphql(`
  mutation AskForInformation($id: ID!, $comment: String!) {
    askForInformation(id: $id, comment: $comment) {
      ...BackOfficeRequestFields
    }
  }
`);

export const ApproveRequestMutation = graphql(`
  mutation ApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      ...BackOfficeRequestFields
    }
  }
`);

export const RejectRequestMutation = graphql(`
  mutation RejectRequest($id: ID!, $reason: String!) {
    rejectRequest(id: $id, reason: $reason) {
      ...BackOfficeRequestFields
    }
  }
`);

// BO-4: customer lookup, its logins, and re-issuing a pending activation.
export const CustomerSearchQuery = graphql(`
  query CustomerSearch($search: String!) {
    customerSearch(search: $search) {
      id
      customerNumber
      name
      enterpriseNumber
      contactName
      contactEmail
      loginCount
    }
  }
`);

export const CustomerLoginsQuery = graphql(`
  query CustomerLogins($customerNumber: String!) {
    customerLogins(customerNumber: $customerNumber) {
      loginId
      name
      email
      profile
      status
      activationExpiresAt
    }
  }
`);

export const StaffReissueActivationMutation = graphql(`
  mutation StaffReissueActivation($loginId: String!) {
    staffReissueActivation(loginId: $loginId) {
      loginId
      name
      email
      profile
      status
      activationExpiresAt
    }
  }
`);

// ACC-8: public registrations waiting for verification.
export const PendingRegistrationsQuery = graphql(`
  query PendingRegistrations {
    pendingRegistrations {
      id
      customerNumber
      customerName
      contractNumber
      enterpriseNumber
      contactName
      email
      phone
      numbersMatch
      status
      createdAt
    }
  }
`);

export const VerifyRegistrationMutation = graphql(`
  mutation VerifyRegistration($id: ID!) {
    verifyRegistration(id: $id) {
      loginId
      name
      email
      status
    }
  }
`);

export const RejectRegistrationMutation = graphql(`
  mutation RejectRegistration($id: ID!, $reason: String!) {
    rejectRegistration(id: $id, reason: $reason)
  }
`);

// BO-5: every action of staff and customers on data, newest first.
export const StaffAuditLogQuery = graphql(`
  query StaffAuditLog($first: Int, $after: String) {
    staffAuditLog(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          actorKind
          actorName
          action
          entityType
          entityRef
          entityName
          before
          after
        }
      }
    }
  }
`);
