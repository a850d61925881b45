/** The public face of the audit module (issue #14 §1): what other modules, the composition root (app/),
 * the command-line tools and the tests may use. Everything else in this folder is the module's own. */
export { AuditEntryResolver } from './audit-entry.resolver';
export { AuditEvent } from './audit-event.entity';
export { AuditService, actorOf } from './audit.service';
export { AuditEntry } from './audit.types';
export { nameAuditSubjects } from './audit-entity-names.loader';
export type { AuditSubjectNames } from './audit-entity-names.loader';
