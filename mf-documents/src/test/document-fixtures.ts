import type { BatchListQuery, DocumentListQuery } from '../gql/graphql';

type DocumentNode = DocumentListQuery['documents']['edges'][number]['node'];
type BatchNode = BatchListQuery['batches']['edges'][number]['node'];

export function documentNode(n: number, overrides: Partial<DocumentNode> = {}): DocumentNode {
  const id = `doc-${n}`;
  return {
    __typename: 'Document',
    id,
    number: `F2026-${String(n).padStart(5, '0')}`,
    kind: 'INVOICE',
    issueDate: '2026-11-15',
    dueDate: '2026-12-01',
    contractNumber: 'LC-1001',
    batchNumber: 'B2026-11',
    totalCents: 104526,
    paymentStatus: 'OPEN',
    structuredReference: '+++123/4567/89002+++',
    directDebitMandateReference: null,
    pdfUrl: `/documents/${id}/pdf`,
    printUrl: `/documents/print/${id}`,
    ublUrl: `/documents/${id}/ubl`,
    ...overrides,
  };
}

export function documentPage(
  nodes: DocumentNode[],
  {
    hasNextPage = false,
    endCursor = null,
    totalCount = nodes.length,
  }: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {},
): DocumentListQuery {
  return {
    __typename: 'Query',
    documents: {
      __typename: 'DocumentConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'DocumentEdge', cursor: `cursor-${node.id}`, node })),
    },
  };
}

export function batchNode(number: string, overrides: Partial<BatchNode> = {}): BatchNode {
  return { __typename: 'Batch', number, issueDate: '2026-11-15', documentCount: 12, balanceCents: 1254312, ...overrides };
}

export function batchPage(nodes: BatchNode[], hasNextPage = false): BatchListQuery {
  return {
    __typename: 'Query',
    batches: {
      __typename: 'BatchConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-batch' : null },
      edges: nodes.map((node) => ({ __typename: 'BatchEdge', cursor: `cursor-${node.number}`, node })),
    },
  };
}
