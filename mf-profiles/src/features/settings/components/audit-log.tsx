import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, DataTable, EmptyState, Spinner, toPortalLanguage, useFormats, type Column } from '@customer-corner/ui';
import { AuditAction, AuditSubject, describeAuditChange } from '@customer-corner/ui/audit-actions';
import { formatDateTime } from '@customer-corner/ui/request-screens';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery } from '../../../gql/graphql';
import { profilesNamespace } from '../../shared/i18n/profiles-translations';
import { AuditLogQuery as AuditLogDocument } from '../api/settings.operations';

export const AUDIT_PAGE_SIZE = 20;

type Entry = AuditLogQuery['auditLog']['nodes'][number];

/** PRO-7: who changed what, when; newest first, page by page. */
export function AuditLog() {
  const { t, i18n } = useTranslation(profilesNamespace);
  const formats = useFormats();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(AuditLogDocument, { variables: { first: AUDIT_PAGE_SIZE } });
  const page = data?.auditLog;

  async function loadMore() {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          auditLog: { ...fetchMoreResult.auditLog, nodes: [...(previous.auditLog?.nodes ?? []), ...fetchMoreResult.auditLog.nodes] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const columns: Column<Entry>[] = [
    {
      key: 'at',
      header: t('settings.auditColumns.at'),
      rowHeader: true,
      cell: (row) => formatDateTime(row.at, formats.locale),
    },
    { key: 'actor', header: t('settings.auditColumns.actor'), cell: (row) => row.actorName },
    { key: 'action', header: t('settings.auditColumns.action'), cell: (row) => <AuditAction code={row.action} /> },
    {
      key: 'entity',
      header: t('settings.auditColumns.entity'),
      cell: (row) => <AuditSubject entityType={row.entityType} entityRef={row.entityRef} entityName={row.entityName} />,
    },
    {
      key: 'change',
      header: t('settings.auditColumns.change'),
      cell: (row) => describeAuditChange(row.before ?? null, row.after ?? null, toPortalLanguage(i18n.language)).join(' · '),
    },
  ];

  return (
    <Card title={t('settings.auditTitle')} labelledBy="audit-title">
      {error && !page ? (
        <Alert tone="error" title={t('loadError')}>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {loading && !page ? <Spinner /> : null}
      {page ? (
        page.nodes.length === 0 ? (
          <EmptyState>{t('settings.auditNone')}</EmptyState>
        ) : (
          <>
            <DataTable caption={t('settings.auditCaption')} captionHidden columns={columns} rows={page.nodes} rowKey={(row) => row.id} />
            {page.pageInfo.hasNextPage ? (
              <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                {t('settings.loadMore')}
              </Button>
            ) : null}
          </>
        )
      ) : null}
    </Card>
  );
}
