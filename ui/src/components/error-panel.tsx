import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

export function ErrorPanel({ title, children, onRetry }: { title: ReactNode; children?: ReactNode; onRetry?: () => void }) {
  const { t } = useTranslation('ui');
  return (
    <div className="cc-card" role="alert">
      <h2>{title}</h2>
      {children}
      {onRetry ? <Button onClick={onRetry}>{t('retry')}</Button> : null}
    </div>
  );
}
