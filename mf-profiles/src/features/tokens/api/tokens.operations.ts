import { graphql } from '../../../gql';

// PRO-5: integration accesses (API tokens) of the customer.
export const ApiTokenListQuery = graphql(`
  query ApiTokenList {
    apiTokens {
      id
      name
      profile
      displayPrefix
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      createdBy {
        loginId
        name
        status
      }
    }
  }
`);

// The secret comes back once, here, and never again.
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        profile
        displayPrefix
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
        createdBy {
          loginId
          name
          status
        }
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);
