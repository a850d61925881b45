import { useQuery } from '@apollo/client/react';
import { Alert, Button, DataTable, PageHeader, Spinner, useFormats } from '@customer-corner/ui';
import { AuditAction } from '@customer-corner/ui/audit-actions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffAuditLogQuery } from '../api/back-office.operations';
import { formatDateTime } from '../utils/back-office-format';

export const AUDIT_PAGE_SIZE = 50;

function Snapshot({ value }: { value: string | null }) {
  if (!value) return <>—</>;
  return <code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: '0.875rem' }}>{value}</code>;
}

/** BO-5: who did what to which data, when, with the values before and after. */
export function AuditTrail() {
  const { t } = useTranslation('backoffice');
  const formats = useFormats();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(StaffAuditLogQuery, {
    variables: { first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.staffAuditLog;
  const rows = page?.edges.map((edge) => edge.node) ?? [];

  async function loadMore() {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          staffAuditLog: {
            ...fetchMoreResult.staffAuditLog,
            edges: [...(previous.staffAuditLog?.edges ?? []), ...fetchMoreResult.staffAuditLog.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div>
      <PageHeader title={t('audit.title')} />
      <p>{t('audit.intro')}</p>
      {error ? (
        <Alert tone="error" title={t('loadError')}>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {loading && !page ? <Spinner /> : null}
      {page ? (
        <>
          <DataTable
            caption={t('audit.caption')}
            captionHidden
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { key: 'at', header: t('audit.columns.at'), rowHeader: true, cell: (row) => formatDateTime(row.at, formats.locale) },
              {
                key: 'actor',
                header: t('audit.columns.actor'),
                cell: (row) => `${row.actorName} (${t(`audit.actorKinds.${row.actorKind}`, { defaultValue: row.actorKind })})`,
              },
              { key: 'action', header: t('audit.columns.action'), cell: (row) => <AuditAction code={row.action} /> },
              { key: 'entity', header: t('audit.columns.entity'), cell: (row) => `${row.entityType} ${row.entityRef}` },
              { key: 'before', header: t('audit.columns.before'), cell: (row) => <Snapshot value={row.before ?? null} /> },
              { key: 'after', header: t('audit.columns.after'), cell: (row) => <Snapshot value={row.after ?? null} /> },
            ]}
          />
          {page.pageInfo.hasNextPage ? (
            <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
              {t('loadMore')}
            </Button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
