import { graphql } from '../../../gql';

// PRO-6, ACC-10, ACC-11: one's own settings.
export const MySettingsQuery = graphql(`
  query MySettings {
    me {
      loginId
      name
      email
      language
      notifyNewInvoice
      secondFactorEnabled
      profile
      customer {
        customerNumber
        name
        secondFactorRequired
      }
      linkedCustomers {
        loginId
        customerNumber
        customerName
        current
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

// ACC-4 while typing a new password: the rules only the server can check (common passwords, the login id).
export const SettingsPasswordProblemsQuery = graphql(`
  query SettingsPasswordProblems($password: String!, $loginId: String) {
    passwordProblems(password: $password, loginId: $loginId)
  }
`);

export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: MyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      loginId
      language
      notifyNewInvoice
    }
  }
`);

export const DisableSecondFactorMutation = graphql(`
  mutation DisableSecondFactor($password: String!) {
    disableSecondFactor(password: $password)
  }
`);

export const LinkLoginMutation = graphql(`
  mutation LinkLogin($input: LinkLoginInput!) {
    linkLogin(input: $input) {
      loginId
      linkedCustomers {
        loginId
        customerNumber
        customerName
        current
      }
    }
  }
`);

export const UnlinkLoginMutation = graphql(`
  mutation UnlinkLogin($loginId: String!) {
    unlinkLogin(loginId: $loginId) {
      loginId
      linkedCustomers {
        loginId
        customerNumber
        customerName
        current
      }
    }
  }
`);

// PRO-7: the customer's audit log, newest first.
export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      nodes {
        id
        at
        actorName
        actorKind
        action
        entityType
        entityRef
        entityName
        before
        after
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StartSecondFactorEnrollmentMutation = graphql(`
  mutation SettingsStartSecondFactorEnrollment {
    startSecondFactorEnrollment {
      secret
      otpauthUri
    }
  }
`);

export const ConfirmSecondFactorEnrollmentMutation = graphql(`
  mutation SettingsConfirmSecondFactorEnrollment($code: String!) {
    confirmSecondFactorEnrollment(code: $code) {
      recoveryCodes
    }
  }
`);
