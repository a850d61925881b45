import { graphql } from '../../../gql';

// PRO-1: the customer's logins; ACC-10: whether a second factor is mandatory for all of them.
export const LoginListQuery = graphql(`
  query LoginList {
    logins {
      id
      loginId
      name
      email
      profile
      status
      lastLoginAt
      activationExpiresAt
      createdByCaller
    }
    me {
      loginId
      customer {
        customerNumber
        secondFactorRequired
      }
    }
  }
`);

// PRO-2: a new access; its owner receives the activation e-mail.
export const CreateLoginMutation = graphql(`
  mutation CreateLogin($input: CreateLoginInput!) {
    createLogin(input: $input) {
      id
      loginId
      name
      email
      profile
      status
      lastLoginAt
      activationExpiresAt
      createdByCaller
    }
  }
`);

// PRO-3: change a profile, deactivate, re-activate, re-issue an activation.
export const ChangeLoginProfileMutation = graphql(`
  mutation ChangeLoginProfile($loginId: String!, $profile: LoginProfile!) {
    changeLoginProfile(loginId: $loginId, profile: $profile) {
      id
      profile
      status
    }
  }
`);

export const DeactivateLoginMutation = graphql(`
  mutation DeactivateLogin($loginId: String!, $createdTokens: CreatedTokensChoice) {
    deactivateLogin(loginId: $loginId, createdTokens: $createdTokens) {
      id
      status
    }
  }
`);

// #11 §5: before deactivating a login, the integration tokens it created (revoked with it by default).
export const TokensCreatedByQuery = graphql(`
  query TokensCreatedBy($loginId: String!) {
    apiTokens(createdBy: $loginId) {
      id
      name
      displayPrefix
      expiresAt
      revokedAt
    }
  }
`);

export const ReactivateLoginMutation = graphql(`
  mutation ReactivateLogin($loginId: String!) {
    reactivateLogin(loginId: $loginId) {
      id
      status
    }
  }
`);

export const ReissueActivationMutation = graphql(`
  mutation ReissueActivation($loginId: String!) {
    reissueActivation(loginId: $loginId) {
      id
      status
      activationExpiresAt
    }
  }
`);

// ACC-10: the administrator makes a second factor mandatory (or not) for every login.
export const SetSecondFactorRequiredMutation = graphql(`
  mutation SetSecondFactorRequired($required: Boolean!) {
    setSecondFactorRequired(required: $required)
  }
`);
