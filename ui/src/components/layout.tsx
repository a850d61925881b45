import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation('ui');
  return (
    <a className="cc-skip-link" href={`#${targetId}`}>
      {t('skipToContent')}
    </a>
  );
}

export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="cc-page-header">
      <h1>{title}</h1>
      {children ? <div className="cc-row">{children}</div> : null}
    </div>
  );
}

export function Card({
  title,
  titleLevel = 2,
  children,
  labelledBy,
}: {
  title?: ReactNode;
  titleLevel?: 2 | 3;
  children: ReactNode;
  labelledBy?: string;
}) {
  const Heading = titleLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="cc-card" aria-labelledby={labelledBy}>
      {title ? <Heading id={labelledBy}>{title}</Heading> : null}
      {children}
    </section>
  );
}

export interface DescriptionItem {
  term: ReactNode;
  value: ReactNode;
  key: string;
}

export function DescriptionList({ items }: { items: readonly DescriptionItem[] }) {
  return (
    <dl className="cc-dl">
      {items.map((item) => (
        <div key={item.key} style={{ display: 'contents' }}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
