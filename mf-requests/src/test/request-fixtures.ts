import type { ChangeRequestDetailQuery, ChangeRequestListQuery } from '../gql/graphql';

type ListNode = ChangeRequestListQuery['changeRequests']['edges'][number]['node'];

export function listNode(n: number, overrides: Partial<ListNode> = {}): ListNode {
  return {
    __typename: 'ChangeRequest',
    id: `r${n}`,
    reference: `DEM-2026-000${n}`,
    type: 'ADDRESS',
    status: 'SUBMITTED',
    createdAt: '2026-11-20T09:30:00.000Z',
    awaitingAnswer: false,
    ...overrides,
  };
}

export function listPage(
  nodes: ListNode[],
  { hasNextPage = false, endCursor = null as string | null, totalCount = nodes.length } = {},
): ChangeRequestListQuery {
  return {
    __typename: 'Query',
    changeRequests: {
      __typename: 'ChangeRequestConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'ChangeRequestEdge', cursor: `c-${node.id}`, node })),
    },
  };
}

type Detail = ChangeRequestDetailQuery['changeRequest'];

export function detail(overrides: Partial<Detail> = {}): ChangeRequestDetailQuery {
  return {
    __typename: 'Query',
    changeRequest: {
      __typename: 'ChangeRequest',
      id: 'r1',
      reference: 'DEM-2026-0001',
      type: 'BANK_DETAILS',
      status: 'MORE_INFORMATION_NEEDED',
      createdAt: '2026-11-20T09:30:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      submittedByName: 'Anne Dupont',
      contractNumber: null,
      awaitingAnswer: true,
      rejectionReason: null,
      requestedChange: [
        { __typename: 'ChangeDetail', field: 'iban', value: 'BE•• •••• •••• 7034' },
        { __typename: 'ChangeDetail', field: 'bic', value: 'TRIOBEBB' },
        { __typename: 'ChangeDetail', field: 'accountHolder', value: 'Constructions Mosanes' },
      ],
      history: [
        {
          __typename: 'RequestHistoryEntry',
          kind: 'SUBMITTED',
          at: '2026-11-20T09:30:00.000Z',
          actorKind: 'CUSTOMER',
          actorName: 'Anne Dupont',
          comment: null,
        },
        {
          __typename: 'RequestHistoryEntry',
          kind: 'INFORMATION_REQUESTED',
          at: '2026-11-21T10:00:00.000Z',
          actorKind: 'STAFF',
          actorName: 'Customer Services',
          comment: 'Merci de joindre une attestation bancaire.',
        },
      ],
      attachments: [
        {
          __typename: 'AttachmentInfo',
          id: 'a1',
          fileName: 'rib.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 2048,
          downloadUrl: '/attachments/a1',
        },
      ],
      ...overrides,
    },
  };
}
