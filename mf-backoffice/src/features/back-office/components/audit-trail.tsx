import { useQuery } from '@apollo/client/react';
import { Alert, Button, DataTable, PageHeader, Spinner, toPortalLanguage, useFormats } from '@customer-corner/ui';
import { AuditAction, AuditSubject, describeAuditChange } from '@customer-corner/ui/audit-actions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffAuditLogQuery } from '../api/back-office.operations';
import { formatDateTime } from '@customer-corner/ui/request-screens';

export const AUDIT_PAGE_SIZE = 50;

/** #18 item 11: before → after in words, one line per changed value, instead of raw JSON. */
function Change({ before, after, language }: { before: string | null; after: string | null; language: 'fr' | 'nl' | 'en' }) {
  const lines = describeAuditChange(before, after, language);
  if (lines.length === 0) return <>—</>;
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      {lines.map((line, index) => (
        <span key={line} style={{ display: 'block' }}>
          {index > 0 ? ' ' : null}
          {line}
        </span>
      ))}
    </span>
  );
}

/** BO-5: who did what to which data, when, with the values before and after. */
export function AuditTrail() {
  const { t, i18n } = useTranslation('backoffice');
  const language = toPortalLanguage(i18n.language);
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
              {
                key: 'entity',
                header: t('audit.columns.entity'),
                cell: (row) => <AuditSubject entityType={row.entityType} entityRef={row.entityRef} entityName={row.entityName} />,
              },
              {
                key: 'change',
                header: t('audit.columns.change'),
                cell: (row) => <Change before={row.before ?? null} after={row.after ?? null} language={language} />,
              },
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
