import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export { Checklist, type ChecklistItem } from './checklist';

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
