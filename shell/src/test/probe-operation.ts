import { gql, type TypedDocumentNode } from '@apollo/client';

/** Any operation a tab might send; used to check the shell's links. */
export const ContractsProbeDocument: TypedDocumentNode<{ contracts: { totalCount: number } }, Record<string, never>> = gql`
  query ContractsProbe {
    contracts {
      totalCount
    }
  }
`;
