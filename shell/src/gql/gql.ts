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
    "fragment MeFields on Me {\n  kind\n  loginId\n  name\n  email\n  profile\n  staffRole\n  language\n  customer {\n    customerNumber\n    name\n  }\n  linkedCustomers {\n    loginId\n    customerNumber\n    customerName\n    current\n  }\n}\n\nfragment SignInResultFields on SignInResult {\n  status\n  me {\n    ...MeFields\n  }\n}\n\nquery Me {\n  me {\n    ...MeFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation StaffSignIn($input: StaffSignInInput!) {\n  staffSignIn(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation VerifySecondFactor($code: String!) {\n  verifySecondFactor(code: $code) {\n    ...SignInResultFields\n  }\n}\n\nmutation ActivateAccess($input: ActivateAccessInput!) {\n  activateAccess(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation StartSecondFactorEnrollment {\n  startSecondFactorEnrollment {\n    secret\n    otpauthUri\n  }\n}\n\nmutation ConfirmSecondFactorEnrollment($code: String!) {\n  confirmSecondFactorEnrollment(code: $code) {\n    status\n    recoveryCodes\n  }\n}\n\nmutation SwitchCustomer($loginId: String!, $secondFactorCode: String) {\n  switchCustomer(loginId: $loginId, secondFactorCode: $secondFactorCode) {\n    ...MeFields\n  }\n}\n\nmutation UpdateMyLanguage($language: Language!) {\n  updateMyPreferences(input: {language: $language}) {\n    ...MeFields\n  }\n}\n\nquery CustomerServicesContact {\n  customerServicesContact {\n    email\n    phone\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation RequestPasswordReset($loginId: String!) {\n  requestPasswordReset(loginId: $loginId)\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}\n\nquery PasswordProblems($password: String!, $loginId: String) {\n  passwordProblems(password: $password, loginId: $loginId)\n}": typeof types.MeFieldsFragmentDoc,
    "\n  query ContractsProbe {\n    contracts {\n      totalCount\n    }\n  }\n": typeof types.ContractsProbeDocument,
};
const documents: Documents = {
    "fragment MeFields on Me {\n  kind\n  loginId\n  name\n  email\n  profile\n  staffRole\n  language\n  customer {\n    customerNumber\n    name\n  }\n  linkedCustomers {\n    loginId\n    customerNumber\n    customerName\n    current\n  }\n}\n\nfragment SignInResultFields on SignInResult {\n  status\n  me {\n    ...MeFields\n  }\n}\n\nquery Me {\n  me {\n    ...MeFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation StaffSignIn($input: StaffSignInInput!) {\n  staffSignIn(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation VerifySecondFactor($code: String!) {\n  verifySecondFactor(code: $code) {\n    ...SignInResultFields\n  }\n}\n\nmutation ActivateAccess($input: ActivateAccessInput!) {\n  activateAccess(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation StartSecondFactorEnrollment {\n  startSecondFactorEnrollment {\n    secret\n    otpauthUri\n  }\n}\n\nmutation ConfirmSecondFactorEnrollment($code: String!) {\n  confirmSecondFactorEnrollment(code: $code) {\n    status\n    recoveryCodes\n  }\n}\n\nmutation SwitchCustomer($loginId: String!, $secondFactorCode: String) {\n  switchCustomer(loginId: $loginId, secondFactorCode: $secondFactorCode) {\n    ...MeFields\n  }\n}\n\nmutation UpdateMyLanguage($language: Language!) {\n  updateMyPreferences(input: {language: $language}) {\n    ...MeFields\n  }\n}\n\nquery CustomerServicesContact {\n  customerServicesContact {\n    email\n    phone\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation RequestPasswordReset($loginId: String!) {\n  requestPasswordReset(loginId: $loginId)\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}\n\nquery PasswordProblems($password: String!, $loginId: String) {\n  passwordProblems(password: $password, loginId: $loginId)\n}": types.MeFieldsFragmentDoc,
    "\n  query ContractsProbe {\n    contracts {\n      totalCount\n    }\n  }\n": types.ContractsProbeDocument,
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
export function graphql(source: "fragment MeFields on Me {\n  kind\n  loginId\n  name\n  email\n  profile\n  staffRole\n  language\n  customer {\n    customerNumber\n    name\n  }\n  linkedCustomers {\n    loginId\n    customerNumber\n    customerName\n    current\n  }\n}\n\nfragment SignInResultFields on SignInResult {\n  status\n  me {\n    ...MeFields\n  }\n}\n\nquery Me {\n  me {\n    ...MeFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation StaffSignIn($input: StaffSignInInput!) {\n  staffSignIn(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation VerifySecondFactor($code: String!) {\n  verifySecondFactor(code: $code) {\n    ...SignInResultFields\n  }\n}\n\nmutation ActivateAccess($input: ActivateAccessInput!) {\n  activateAccess(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation StartSecondFactorEnrollment {\n  startSecondFactorEnrollment {\n    secret\n    otpauthUri\n  }\n}\n\nmutation ConfirmSecondFactorEnrollment($code: String!) {\n  confirmSecondFactorEnrollment(code: $code) {\n    status\n    recoveryCodes\n  }\n}\n\nmutation SwitchCustomer($loginId: String!, $secondFactorCode: String) {\n  switchCustomer(loginId: $loginId, secondFactorCode: $secondFactorCode) {\n    ...MeFields\n  }\n}\n\nmutation UpdateMyLanguage($language: Language!) {\n  updateMyPreferences(input: {language: $language}) {\n    ...MeFields\n  }\n}\n\nquery CustomerServicesContact {\n  customerServicesContact {\n    email\n    phone\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation RequestPasswordReset($loginId: String!) {\n  requestPasswordReset(loginId: $loginId)\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}\n\nquery PasswordProblems($password: String!, $loginId: String) {\n  passwordProblems(password: $password, loginId: $loginId)\n}"): (typeof documents)["fragment MeFields on Me {\n  kind\n  loginId\n  name\n  email\n  profile\n  staffRole\n  language\n  customer {\n    customerNumber\n    name\n  }\n  linkedCustomers {\n    loginId\n    customerNumber\n    customerName\n    current\n  }\n}\n\nfragment SignInResultFields on SignInResult {\n  status\n  me {\n    ...MeFields\n  }\n}\n\nquery Me {\n  me {\n    ...MeFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation StaffSignIn($input: StaffSignInInput!) {\n  staffSignIn(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation VerifySecondFactor($code: String!) {\n  verifySecondFactor(code: $code) {\n    ...SignInResultFields\n  }\n}\n\nmutation ActivateAccess($input: ActivateAccessInput!) {\n  activateAccess(input: $input) {\n    ...SignInResultFields\n  }\n}\n\nmutation StartSecondFactorEnrollment {\n  startSecondFactorEnrollment {\n    secret\n    otpauthUri\n  }\n}\n\nmutation ConfirmSecondFactorEnrollment($code: String!) {\n  confirmSecondFactorEnrollment(code: $code) {\n    status\n    recoveryCodes\n  }\n}\n\nmutation SwitchCustomer($loginId: String!, $secondFactorCode: String) {\n  switchCustomer(loginId: $loginId, secondFactorCode: $secondFactorCode) {\n    ...MeFields\n  }\n}\n\nmutation UpdateMyLanguage($language: Language!) {\n  updateMyPreferences(input: {language: $language}) {\n    ...MeFields\n  }\n}\n\nquery CustomerServicesContact {\n  customerServicesContact {\n    email\n    phone\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation RequestPasswordReset($loginId: String!) {\n  requestPasswordReset(loginId: $loginId)\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}\n\nquery PasswordProblems($password: String!, $loginId: String) {\n  passwordProblems(password: $password, loginId: $loginId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsProbe {\n    contracts {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ContractsProbe {\n    contracts {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;