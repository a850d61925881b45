import { useTranslation } from 'react-i18next';
import { auditActionLabel } from '../audit/audit-action-labels';
import { toPortalLanguage } from '../formats/portal-language';

/** One audit action in the reader's language; an unknown code is shown as it is, as code. */
export function AuditAction({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const label = auditActionLabel(code, toPortalLanguage(i18n.language));
  return label === null ? <code>{code}</code> : <>{label}</>;
}
