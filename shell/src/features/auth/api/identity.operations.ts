// The identity operations of the shell (ACC-3..ACC-7, ACC-10, ACC-11, PRO-6, HLP-2) are written in
// identity.graphql beside this file; graphql-codegen generates their typed documents into src/gql.
// Importing the documents directly (not through the preset's graphql() look-up table) keeps the
// operations' source text out of the bundle (issue #4).
import type { MeFieldsFragment, SignInResultFieldsFragment } from '../../../gql/graphql';

export {
  MeDocument,
  SignInDocument,
  StaffSignInDocument,
  VerifySecondFactorDocument,
  ActivateAccessDocument,
  VerifyActivationCredentialsDocument,
  StartSecondFactorEnrollmentDocument,
  ConfirmSecondFactorEnrollmentDocument,
  SwitchCustomerDocument,
  UpdateMyLanguageDocument,
  CustomerServicesContactDocument,
  SignOutDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  PasswordProblemsDocument,
  RegisterAdministrativeContactDocument,
} from '../../../gql/graphql';

export type MeFields = MeFieldsFragment;
export type SignInResultFields = SignInResultFieldsFragment;
export type SignInStatus = SignInResultFieldsFragment['status'];
/** Operations whose UNAUTHENTICATED answer means "wrong credentials", not "session expired". */
export const credentialOperations: ReadonlySet<string> = new Set([
  'SignIn',
  'StaffSignIn',
  'VerifySecondFactor',
  'ActivateAccess',
  'VerifyActivationCredentials',
  'ResetPassword',
  'ConfirmSecondFactorEnrollment',
]);
