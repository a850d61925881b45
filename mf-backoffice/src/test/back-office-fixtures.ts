import type { BackOfficeRequestDetailQuery, RequestQueueQuery } from '../gql/graphql';

type Item = BackOfficeRequestDetailQuery['backOfficeRequest'];

export function bankRequest(overrides: Partial<Item> = {}, requestOverrides: Partial<Item['request']> = {}): Item {
  return {
    __typename: 'BackOfficeRequest',
    id: 'r1',
    ageInDays: 3,
    assigneeName: 'Agent Service Clientèle',
    firstApproverName: null,
    nextApprovalCompletes: false,
    customer: {
      __typename: 'BackOfficeCustomer',
      id: 'c1',
      customerNumber: '10000001',
      name: 'Constructions Mosanes',
      enterpriseNumber: '0403170701',
    },
    currentValues: [
      { __typename: 'ChangeDetail', field: 'iban', value: 'BE71 0961 2345 6769' },
      { __typename: 'ChangeDetail', field: 'bic', value: 'GKCCBEBB' },
    ],
    requestedValues: [
      { __typename: 'ChangeDetail', field: 'iban', value: 'BE68 5390 0754 7034' },
      { __typename: 'ChangeDetail', field: 'bic', value: 'GKCCBEBB' },
    ],
    request: {
      __typename: 'ChangeRequest',
      id: 'r1',
      reference: 'DEM-2026-0001',
      type: 'BANK_DETAILS',
      status: 'IN_PROGRESS',
      createdAt: '2026-11-23T09:30:00.000Z',
      submittedByName: 'Anne Dupont',
      contractNumber: null,
      rejectionReason: null,
      history: [
        { __typename: 'RequestHistoryEntry', kind: 'SUBMITTED', at: '2026-11-23T09:30:00.000Z', actorName: 'Anne Dupont', comment: null },
      ],
      attachments: [
        {
          __typename: 'AttachmentInfo',
          id: 'a1',
          fileName: 'attestation.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 5120,
          downloadUrl: '/attachments/a1',
        },
      ],
      ...requestOverrides,
    },
    ...overrides,
  };
}

export function queuePage(hasNextPage = false): RequestQueueQuery {
  return {
    __typename: 'Query',
    requestQueue: {
      __typename: 'BackOfficeRequestConnection',
      totalCount: hasNextPage ? 2 : 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
      edges: [
        {
          __typename: 'BackOfficeRequestEdge',
          cursor: 'c1',
          node: {
            __typename: 'BackOfficeRequest',
            id: 'r1',
            ageInDays: 12,
            assigneeName: null,
            customer: { __typename: 'BackOfficeCustomer', id: 'c1', customerNumber: '10000001', name: 'Constructions Mosanes' },
            request: {
              __typename: 'ChangeRequest',
              id: 'r1',
              reference: 'DEM-2026-0001',
              type: 'BANK_DETAILS',
              status: 'SUBMITTED',
              createdAt: '2026-11-14T09:30:00.000Z',
            },
          },
        },
      ],
    },
  };
}
