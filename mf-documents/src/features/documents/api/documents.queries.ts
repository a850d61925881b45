import { graphql } from '../../../gql';

// DOC-1, DOC-2, DOC-9: one page of the customer's documents (newest first) for the current filter.
export const DocumentListQuery = graphql(`
  query DocumentList($first: Int, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          kind
          issueDate
          dueDate
          contractNumber
          batchNumber
          totalCents
          paymentStatus
          structuredReference
          directDebitMandateReference
          pdfUrl
          printUrl
          ublUrl
        }
      }
    }
  }
`);

// DOC-5: the invoicing batches, newest first.
export const BatchListQuery = graphql(`
  query BatchList($first: Int, $after: String) {
    batches(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          number
          issueDate
          documentCount
          balanceCents
        }
      }
    }
  }
`);
