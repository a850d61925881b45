import { useTranslation } from 'react-i18next';
import { auditEntityLabel } from '../audit/audit-entry-words';
import { toPortalLanguage } from '../formats/portal-language';

/**
 * #18 item 11 (PRO-7, BO-5): which record an audit entry changed, as a person reads it — "Accès
 * Claire Lambert" with the login id below as secondary text. Without a name (a request, or
 * another customer's person) the kind and its number, as before. A company's reference is an
 * internal id that tells nobody anything, so once named it is not repeated.
 */
export function AuditSubject({ entityType, entityRef, entityName }: { entityType: string; entityRef: string; entityName?: string | null }) {
  const { i18n } = useTranslation();
  const label = auditEntityLabel(entityType, toPortalLanguage(i18n.language));
  if (!entityName) return <>{`${label} ${entityRef}`}</>;
  return (
    <span>
      {`${label} ${entityName}`}
      {entityType === 'customer' ? null : <span className="cc-secondary-text">{entityRef}</span>}
    </span>
  );
}
