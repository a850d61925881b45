import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// A module of its own (re-exported by feedback.tsx) so the password-rules entry bundles only this.

export interface ChecklistItem {
  id: string;
  label: ReactNode;
  met: boolean;
  /** Checked and not met: shown as failed in colour and in visible words, not by the glyph alone (#18 item 20). */
  failed?: boolean;
}

/** A live list of rules, each marked met or not met in text, not only by colour (WCAG 1.4.1); changes are announced politely. */
export function Checklist({ id, items, label }: { id?: string; items: readonly ChecklistItem[]; label: string }) {
  const { t } = useTranslation('ui');
  return (
    <ul id={id} className="cc-checklist" aria-label={label} aria-live="polite">
      {items.map((item) => (
        <li key={item.id} data-met={item.met} data-failed={!item.met && item.failed === true}>
          <span className="cc-checklist__mark" aria-hidden="true">
            {item.met ? '✓' : '✗'}
          </span>
          <span>
            {item.label}
            <span className={!item.met && item.failed ? 'cc-checklist__failed' : 'cc-visually-hidden'}>
              {' '}
              ({item.met ? t('ruleMet') : t('ruleUnmet')})
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
