// `@customer-corner/ui/audit-actions`: audit action codes in words (PRO-7, BO-5), for My settings and
// the back office. A separate entry, not part of the index: the index is the Module Federation
// singleton, bundled whole into every first screen (issue #4), and only these two screens read it.
export { auditActionCodes, auditActionLabel, auditActionLabels, type AuditActionCode } from '../audit/audit-action-labels';
export { AuditAction } from '../components/audit-action';
export { auditEntityLabel, describeAuditChange } from '../audit/audit-entry-words';
export { AuditSubject } from '../components/audit-subject';
