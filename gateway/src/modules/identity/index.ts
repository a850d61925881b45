/** The public face of the identity module (issue #14 §1): what other modules, the composition root (app/),
 * the command-line tools and the tests may use. Everything else in this folder is the module's own. */
export { ApiToken } from './api-token.entity';
export { CustomerLogin } from './customer-login.entity';
export { LoginProfile, LoginStatus, StaffRoleName } from './identity.enums';
export { IdentityResolver } from './identity.resolver';
export { IdentityService } from './identity.service';
export type { IdentitySettings } from './identity.service';
export { LoginLink } from './login-link.entity';
export { PasswordReset } from './password-reset.entity';
export { personalDataRoutes } from './personal-data.routes';
export { API_TOKEN_PREFIX, authenticateRequest } from './request-authenticator';
export { secretKeyProblem } from './secret-key-check';
export { Session } from './session.entity';
export { SessionService } from './session.service';
export { StaffAccount } from './staff-account.entity';
export { activationReminderJob, identityOutboxHandlers } from './identity-outbox-handlers';
export { loginNamesOf } from './login-names';
export { addPersonalDataSection } from './personal-data.routes';
export type { PersonalDataSection } from './personal-data.routes';
export { LoginDirectory } from './login-directory';
