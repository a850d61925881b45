/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CompanyInformation {\n    company {\n      id\n      customerNumber\n      name\n      legalForm\n      enterpriseNumberFormatted\n      vatNumber\n      registeredOffice {\n        street\n        postalCode\n        city\n        country\n      }\n      billingAddress {\n        street\n        postalCode\n        city\n        country\n      }\n      bankAccount {\n        maskedIban\n        bic\n      }\n      bic\n      language\n      administrativeContact {\n        name\n        email\n        phone\n      }\n      companyDataChangedAt\n    }\n  }\n": typeof types.CompanyInformationDocument,
    "\n  query StandaloneProfile {\n    me {\n      kind\n      profile\n    }\n  }\n": typeof types.StandaloneProfileDocument,
    "\n  query LoginList {\n    logins {\n      id\n      loginId\n      name\n      email\n      profile\n      status\n      lastLoginAt\n      activationExpiresAt\n      createdByCaller\n    }\n    me {\n      loginId\n      customer {\n        customerNumber\n        secondFactorRequired\n      }\n    }\n  }\n": typeof types.LoginListDocument,
    "\n  mutation CreateLogin($input: CreateLoginInput!) {\n    createLogin(input: $input) {\n      id\n      loginId\n      name\n      email\n      profile\n      status\n      lastLoginAt\n      activationExpiresAt\n      createdByCaller\n    }\n  }\n": typeof types.CreateLoginDocument,
    "\n  mutation ChangeLoginProfile($loginId: String!, $profile: LoginProfile!) {\n    changeLoginProfile(loginId: $loginId, profile: $profile) {\n      id\n      profile\n      status\n    }\n  }\n": typeof types.ChangeLoginProfileDocument,
    "\n  mutation DeactivateLogin($loginId: String!, $createdTokens: CreatedTokensChoice) {\n    deactivateLogin(loginId: $loginId, createdTokens: $createdTokens) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateLoginDocument,
    "\n  query TokensCreatedBy($loginId: String!) {\n    apiTokens(createdBy: $loginId) {\n      id\n      name\n      displayPrefix\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.TokensCreatedByDocument,
    "\n  mutation ReactivateLogin($loginId: String!) {\n    reactivateLogin(loginId: $loginId) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateLoginDocument,
    "\n  mutation ReissueActivation($loginId: String!) {\n    reissueActivation(loginId: $loginId) {\n      id\n      status\n      activationExpiresAt\n    }\n  }\n": typeof types.ReissueActivationDocument,
    "\n  mutation SetSecondFactorRequired($required: Boolean!) {\n    setSecondFactorRequired(required: $required)\n  }\n": typeof types.SetSecondFactorRequiredDocument,
    "\n  query MySettings {\n    me {\n      loginId\n      name\n      email\n      language\n      notifyNewInvoice\n      secondFactorEnabled\n      profile\n      customer {\n        customerNumber\n        name\n        secondFactorRequired\n      }\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n": typeof types.MySettingsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query SettingsPasswordProblems($password: String!, $loginId: String) {\n    passwordProblems(password: $password, loginId: $loginId)\n  }\n": typeof types.SettingsPasswordProblemsDocument,
    "\n  mutation UpdateMyPreferences($input: MyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      loginId\n      language\n      notifyNewInvoice\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  mutation DisableSecondFactor($password: String!) {\n    disableSecondFactor(password: $password)\n  }\n": typeof types.DisableSecondFactorDocument,
    "\n  mutation LinkLogin($input: LinkLoginInput!) {\n    linkLogin(input: $input) {\n      loginId\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n": typeof types.LinkLoginDocument,
    "\n  mutation UnlinkLogin($loginId: String!) {\n    unlinkLogin(loginId: $loginId) {\n      loginId\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n": typeof types.UnlinkLoginDocument,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        at\n        actorName\n        actorKind\n        action\n        entityType\n        entityRef\n        entityName\n        before\n        after\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation SettingsStartSecondFactorEnrollment {\n    startSecondFactorEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.SettingsStartSecondFactorEnrollmentDocument,
    "\n  mutation SettingsConfirmSecondFactorEnrollment($code: String!) {\n    confirmSecondFactorEnrollment(code: $code) {\n      recoveryCodes\n    }\n  }\n": typeof types.SettingsConfirmSecondFactorEnrollmentDocument,
    "\n  query ApiTokenList {\n    apiTokens {\n      id\n      name\n      profile\n      displayPrefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdBy {\n        loginId\n        name\n        status\n      }\n    }\n  }\n": typeof types.ApiTokenListDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        profile\n        displayPrefix\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          loginId\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
};
const documents: Documents = {
    "\n  query CompanyInformation {\n    company {\n      id\n      customerNumber\n      name\n      legalForm\n      enterpriseNumberFormatted\n      vatNumber\n      registeredOffice {\n        street\n        postalCode\n        city\n        country\n      }\n      billingAddress {\n        street\n        postalCode\n        city\n        country\n      }\n      bankAccount {\n        maskedIban\n        bic\n      }\n      bic\n      language\n      administrativeContact {\n        name\n        email\n        phone\n      }\n      companyDataChangedAt\n    }\n  }\n": types.CompanyInformationDocument,
    "\n  query StandaloneProfile {\n    me {\n      kind\n      profile\n    }\n  }\n": types.StandaloneProfileDocument,
    "\n  query LoginList {\n    logins {\n      id\n      loginId\n      name\n      email\n      profile\n      status\n      lastLoginAt\n      activationExpiresAt\n      createdByCaller\n    }\n    me {\n      loginId\n      customer {\n        customerNumber\n        secondFactorRequired\n      }\n    }\n  }\n": types.LoginListDocument,
    "\n  mutation CreateLogin($input: CreateLoginInput!) {\n    createLogin(input: $input) {\n      id\n      loginId\n      name\n      email\n      profile\n      status\n      lastLoginAt\n      activationExpiresAt\n      createdByCaller\n    }\n  }\n": types.CreateLoginDocument,
    "\n  mutation ChangeLoginProfile($loginId: String!, $profile: LoginProfile!) {\n    changeLoginProfile(loginId: $loginId, profile: $profile) {\n      id\n      profile\n      status\n    }\n  }\n": types.ChangeLoginProfileDocument,
    "\n  mutation DeactivateLogin($loginId: String!, $createdTokens: CreatedTokensChoice) {\n    deactivateLogin(loginId: $loginId, createdTokens: $createdTokens) {\n      id\n      status\n    }\n  }\n": types.DeactivateLoginDocument,
    "\n  query TokensCreatedBy($loginId: String!) {\n    apiTokens(createdBy: $loginId) {\n      id\n      name\n      displayPrefix\n      expiresAt\n      revokedAt\n    }\n  }\n": types.TokensCreatedByDocument,
    "\n  mutation ReactivateLogin($loginId: String!) {\n    reactivateLogin(loginId: $loginId) {\n      id\n      status\n    }\n  }\n": types.ReactivateLoginDocument,
    "\n  mutation ReissueActivation($loginId: String!) {\n    reissueActivation(loginId: $loginId) {\n      id\n      status\n      activationExpiresAt\n    }\n  }\n": types.ReissueActivationDocument,
    "\n  mutation SetSecondFactorRequired($required: Boolean!) {\n    setSecondFactorRequired(required: $required)\n  }\n": types.SetSecondFactorRequiredDocument,
    "\n  query MySettings {\n    me {\n      loginId\n      name\n      email\n      language\n      notifyNewInvoice\n      secondFactorEnabled\n      profile\n      customer {\n        customerNumber\n        name\n        secondFactorRequired\n      }\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n": types.MySettingsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query SettingsPasswordProblems($password: String!, $loginId: String) {\n    passwordProblems(password: $password, loginId: $loginId)\n  }\n": types.SettingsPasswordProblemsDocument,
    "\n  mutation UpdateMyPreferences($input: MyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      loginId\n      language\n      notifyNewInvoice\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  mutation DisableSecondFactor($password: String!) {\n    disableSecondFactor(password: $password)\n  }\n": types.DisableSecondFactorDocument,
    "\n  mutation LinkLogin($input: LinkLoginInput!) {\n    linkLogin(input: $input) {\n      loginId\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n": types.LinkLoginDocument,
    "\n  mutation UnlinkLogin($loginId: String!) {\n    unlinkLogin(loginId: $loginId) {\n      loginId\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n": types.UnlinkLoginDocument,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        at\n        actorName\n        actorKind\n        action\n        entityType\n        entityRef\n        entityName\n        before\n        after\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation SettingsStartSecondFactorEnrollment {\n    startSecondFactorEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": types.SettingsStartSecondFactorEnrollmentDocument,
    "\n  mutation SettingsConfirmSecondFactorEnrollment($code: String!) {\n    confirmSecondFactorEnrollment(code: $code) {\n      recoveryCodes\n    }\n  }\n": types.SettingsConfirmSecondFactorEnrollmentDocument,
    "\n  query ApiTokenList {\n    apiTokens {\n      id\n      name\n      profile\n      displayPrefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdBy {\n        loginId\n        name\n        status\n      }\n    }\n  }\n": types.ApiTokenListDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        profile\n        displayPrefix\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          loginId\n          name\n          status\n        }\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyInformation {\n    company {\n      id\n      customerNumber\n      name\n      legalForm\n      enterpriseNumberFormatted\n      vatNumber\n      registeredOffice {\n        street\n        postalCode\n        city\n        country\n      }\n      billingAddress {\n        street\n        postalCode\n        city\n        country\n      }\n      bankAccount {\n        maskedIban\n        bic\n      }\n      bic\n      language\n      administrativeContact {\n        name\n        email\n        phone\n      }\n      companyDataChangedAt\n    }\n  }\n"): (typeof documents)["\n  query CompanyInformation {\n    company {\n      id\n      customerNumber\n      name\n      legalForm\n      enterpriseNumberFormatted\n      vatNumber\n      registeredOffice {\n        street\n        postalCode\n        city\n        country\n      }\n      billingAddress {\n        street\n        postalCode\n        city\n        country\n      }\n      bankAccount {\n        maskedIban\n        bic\n      }\n      bic\n      language\n      administrativeContact {\n        name\n        email\n        phone\n      }\n      companyDataChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandaloneProfile {\n    me {\n      kind\n      profile\n    }\n  }\n"): (typeof documents)["\n  query StandaloneProfile {\n    me {\n      kind\n      profile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginList {\n    logins {\n      id\n      loginId\n      name\n      email\n      profile\n      status\n      lastLoginAt\n      activationExpiresAt\n      createdByCaller\n    }\n    me {\n      loginId\n      customer {\n        customerNumber\n        secondFactorRequired\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoginList {\n    logins {\n      id\n      loginId\n      name\n      email\n      profile\n      status\n      lastLoginAt\n      activationExpiresAt\n      createdByCaller\n    }\n    me {\n      loginId\n      customer {\n        customerNumber\n        secondFactorRequired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLogin($input: CreateLoginInput!) {\n    createLogin(input: $input) {\n      id\n      loginId\n      name\n      email\n      profile\n      status\n      lastLoginAt\n      activationExpiresAt\n      createdByCaller\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLogin($input: CreateLoginInput!) {\n    createLogin(input: $input) {\n      id\n      loginId\n      name\n      email\n      profile\n      status\n      lastLoginAt\n      activationExpiresAt\n      createdByCaller\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLoginProfile($loginId: String!, $profile: LoginProfile!) {\n    changeLoginProfile(loginId: $loginId, profile: $profile) {\n      id\n      profile\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeLoginProfile($loginId: String!, $profile: LoginProfile!) {\n    changeLoginProfile(loginId: $loginId, profile: $profile) {\n      id\n      profile\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateLogin($loginId: String!, $createdTokens: CreatedTokensChoice) {\n    deactivateLogin(loginId: $loginId, createdTokens: $createdTokens) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateLogin($loginId: String!, $createdTokens: CreatedTokensChoice) {\n    deactivateLogin(loginId: $loginId, createdTokens: $createdTokens) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensCreatedBy($loginId: String!) {\n    apiTokens(createdBy: $loginId) {\n      id\n      name\n      displayPrefix\n      expiresAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query TokensCreatedBy($loginId: String!) {\n    apiTokens(createdBy: $loginId) {\n      id\n      name\n      displayPrefix\n      expiresAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateLogin($loginId: String!) {\n    reactivateLogin(loginId: $loginId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateLogin($loginId: String!) {\n    reactivateLogin(loginId: $loginId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueActivation($loginId: String!) {\n    reissueActivation(loginId: $loginId) {\n      id\n      status\n      activationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueActivation($loginId: String!) {\n    reissueActivation(loginId: $loginId) {\n      id\n      status\n      activationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSecondFactorRequired($required: Boolean!) {\n    setSecondFactorRequired(required: $required)\n  }\n"): (typeof documents)["\n  mutation SetSecondFactorRequired($required: Boolean!) {\n    setSecondFactorRequired(required: $required)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySettings {\n    me {\n      loginId\n      name\n      email\n      language\n      notifyNewInvoice\n      secondFactorEnabled\n      profile\n      customer {\n        customerNumber\n        name\n        secondFactorRequired\n      }\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySettings {\n    me {\n      loginId\n      name\n      email\n      language\n      notifyNewInvoice\n      secondFactorEnabled\n      profile\n      customer {\n        customerNumber\n        name\n        secondFactorRequired\n      }\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPasswordProblems($password: String!, $loginId: String) {\n    passwordProblems(password: $password, loginId: $loginId)\n  }\n"): (typeof documents)["\n  query SettingsPasswordProblems($password: String!, $loginId: String) {\n    passwordProblems(password: $password, loginId: $loginId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: MyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      loginId\n      language\n      notifyNewInvoice\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: MyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      loginId\n      language\n      notifyNewInvoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableSecondFactor($password: String!) {\n    disableSecondFactor(password: $password)\n  }\n"): (typeof documents)["\n  mutation DisableSecondFactor($password: String!) {\n    disableSecondFactor(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkLogin($input: LinkLoginInput!) {\n    linkLogin(input: $input) {\n      loginId\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkLogin($input: LinkLoginInput!) {\n    linkLogin(input: $input) {\n      loginId\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkLogin($loginId: String!) {\n    unlinkLogin(loginId: $loginId) {\n      loginId\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkLogin($loginId: String!) {\n    unlinkLogin(loginId: $loginId) {\n      loginId\n      linkedCustomers {\n        loginId\n        customerNumber\n        customerName\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        at\n        actorName\n        actorKind\n        action\n        entityType\n        entityRef\n        entityName\n        before\n        after\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        at\n        actorName\n        actorKind\n        action\n        entityType\n        entityRef\n        entityName\n        before\n        after\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsStartSecondFactorEnrollment {\n    startSecondFactorEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsStartSecondFactorEnrollment {\n    startSecondFactorEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsConfirmSecondFactorEnrollment($code: String!) {\n    confirmSecondFactorEnrollment(code: $code) {\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsConfirmSecondFactorEnrollment($code: String!) {\n    confirmSecondFactorEnrollment(code: $code) {\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenList {\n    apiTokens {\n      id\n      name\n      profile\n      displayPrefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdBy {\n        loginId\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokenList {\n    apiTokens {\n      id\n      name\n      profile\n      displayPrefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdBy {\n        loginId\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        profile\n        displayPrefix\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          loginId\n          name\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        profile\n        displayPrefix\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          loginId\n          name\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;