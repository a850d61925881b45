import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Tone = 'neutral' | 'success' | 'danger' | 'warning' | 'info';

export interface AlertProps {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
}

/** Errors interrupt (role=alert); other messages are announced politely (role=status). */
export function Alert({ tone, title, children }: AlertProps) {
  return (
    <div className={`cc-alert cc-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div>
        {title ? (
          <p>
            <strong>{title}</strong>
          </p>
        ) : null}
        {children}
      </div>
    </div>
  );
}

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`cc-badge cc-badge--${tone}`}>{children}</span>;
}

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation('ui');
  return (
    <div className="cc-spinner" role="status">
      {label ?? t('loading')}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="cc-empty">{children}</div>;
}

export interface ChecklistItem {
  id: string;
  label: ReactNode;
  met: boolean;
}

/** A live list of rules, each marked met or not met in text, not only by colour (WCAG 1.4.1). */
export function Checklist({ id, items, label }: { id?: string; items: readonly ChecklistItem[]; label: string }) {
  const { t } = useTranslation('ui');
  return (
    <ul id={id} className="cc-checklist" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} data-met={item.met}>
          <span className="cc-checklist__mark" aria-hidden="true">
            {item.met ? '✓' : '✗'}
          </span>
          <span>
            {item.label}
            <span className="cc-visually-hidden"> ({item.met ? t('ruleMet') : t('ruleUnmet')})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
