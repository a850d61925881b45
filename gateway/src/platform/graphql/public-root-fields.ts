/**
 * Deny by default (PRO-4, API-4, issue #11 §2): every root field of the schema carries
 * `@Authorized(...)`, or is named here. These are the only fields a caller without a full session
 * may reach; each one checks for itself what little it needs. Adding a field here is a security
 * decision: say why next to it. A field that is neither authorized nor listed is refused at run
 * time (see root-field-guard.ts) and fails root-field-guard.test.ts.
 */
export const PUBLIC_ROOT_FIELDS: ReadonlyMap<string, string> = new Map([
  ['Query.me', 'answers null to a caller who is not signed in: the shell asks it before sign-in'],
  ['Query.passwordProblems', 'live feedback on a candidate password during activation and reset, before any session exists'],
  ['Query.customerServicesContact', 'Customer Services contact details shown on the sign-in page (HLP-2)'],
  ['Mutation.signIn', 'the first step of a sign-in (ACC-5); throttled per address and per login (ACC-6)'],
  ['Mutation.staffSignIn', 'the first step of a staff sign-in (BO-1); throttled like signIn'],
  ['Mutation.verifySecondFactor', 'the second step of a sign-in: needs a session waiting for its code (ACC-10)'],
  ['Mutation.signOut', 'ends whatever session the cookie names, pending or full; harmless without one'],
  ['Mutation.activateAccess', 'activation with the temporary password (ACC-3); throttled like signIn'],
  [
    'Mutation.verifyActivationCredentials',
    'step 1 of an activation (#18 item 20), before any session exists; counted and throttled exactly like activateAccess',
  ],
  ['Mutation.requestPasswordReset', 'forgot password (ACC-7): the same answer for every id; throttled per address'],
  ['Mutation.resetPassword', 'sets a password from a one-time reset link (ACC-7)'],
  [
    'Mutation.startSecondFactorEnrollment',
    'a sign-in that must enrol first has only a pending session (ACC-10); anonymous → UNAUTHENTICATED',
  ],
  ['Mutation.confirmSecondFactorEnrollment', 'as startSecondFactorEnrollment'],
  ['Mutation.registerAdministrativeContact', 'the public registration form (ACC-8); throttled per address'],
]);
