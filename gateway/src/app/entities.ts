import { Customer } from '../modules/customers';
import { Asset, Contract, Installment } from '../modules/contracts';
import { Document, DocumentLine } from '../modules/documents';
import { OutboxMessage } from '../platform/outbox/outbox-message.entity';
import { RateLimitCounter } from '../platform/rate-limit.entity';
import { ApiToken, CustomerLogin, LoginLink, PasswordReset, Session, StaffAccount } from '../modules/identity';
import { AuditEvent } from '../modules/audit';
import { Attachment, ChangeRequest, RequestEvent, StoredFileChunk } from '../modules/requests';
import { Registration } from '../modules/registrations';

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
