import { Button, buttonClassName, Card } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFilter } from '../../../gql/graphql';
import { exportUrl, type ExportFormat } from '../utils/download-urls';

const formats: readonly ExportFormat[] = ['csv', 'xlsx', 'zip'];

/**
 * DOC-4: "select all" selects every document matching the filter (totalCount), not only the rows on
 * screen; the exports then run on the server with that same filter, streamed. The panel is keyed by
 * the filter, so changing the filter clears the selection.
 */
export function ExportPanel({ filter, totalCount }: { filter: DocumentFilter; totalCount: number }) {
  const { t } = useTranslation('documents');
  const [selected, setSelected] = useState(false);
  if (totalCount === 0) return null;
  return (
    <Card title={t('selection.title')} labelledBy="documents-selection-title">
      <Button variant="secondary" aria-pressed={selected} onClick={() => setSelected(!selected)}>
        <span aria-hidden="true">{selected ? '☑' : '☐'}</span> {t('selection.selectAll', { count: totalCount })}
      </Button>
      <p role="status" style={{ marginTop: 'var(--cc-space-md)' }}>
        {selected ? <strong>{t('selection.allSelected', { count: totalCount })}</strong> : t('selection.notSelected')}
      </p>
      {selected ? (
        <div className="cc-row" style={{ alignItems: 'center' }}>
          {formats.map((format) => (
            <a
              key={format}
              className={buttonClassName(format === 'csv' ? 'primary' : 'secondary')}
              href={exportUrl(format, filter)}
              download
              style={{ flex: '0 0 auto' }}
            >
              {t(`selection.${format}`)}
            </a>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
