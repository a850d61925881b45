import { Customer } from '../modules/customers/customer.entity';
import { Asset } from '../modules/contracts/asset.entity';
import { Contract } from '../modules/contracts/contract.entity';
import { Installment } from '../modules/contracts/installment.entity';
import { DocumentLine } from '../modules/documents/document-line.entity';
import { Document } from '../modules/documents/document.entity';
import { OutboxMessage } from '../platform/outbox/outbox-message.entity';
import { RateLimitCounter } from '../platform/rate-limit.entity';
import { ApiToken } from '../modules/identity/api-token.entity';
import { CustomerLogin } from '../modules/identity/customer-login.entity';
import { LoginLink } from '../modules/identity/login-link.entity';
import { PasswordReset } from '../modules/identity/password-reset.entity';
import { Session } from '../modules/identity/session.entity';
import { StaffAccount } from '../modules/identity/staff-account.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ChangeRequest } from '../modules/requests/change-request.entity';
import { RequestEvent } from '../modules/requests/request-event.entity';
import { Registration } from '../modules/registrations/registration.entity';
import { Attachment } from '../modules/requests/attachments/attachment.entity';
import { StoredFileChunk } from '../modules/requests/attachments/stored-file-chunk.entity';

/** Every persisted class, gathered here so that the platform knows no module (issue #14 §2);
 * the migrations and the drift check are computed from this list. */
export const ENTITIES = [
  Customer,
  Contract,
  Asset,
  Installment,
  Document,
  DocumentLine,
  OutboxMessage,
  RateLimitCounter,
  CustomerLogin,
  StaffAccount,
  Session,
  ApiToken,
  PasswordReset,
  LoginLink,
  Attachment,
  AuditEvent,
  ChangeRequest,
  RequestEvent,
  Registration,
  StoredFileChunk,
];
