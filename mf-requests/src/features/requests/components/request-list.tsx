import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, DataTable, EmptyState, PageHeader, Spinner, useFormats, type Column } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChangeRequestListQuery } from '../../../gql/graphql';
import { ChangeRequestListQuery as ChangeRequestListDocument } from '../api/requests.operations';
import { requestStatusTone } from '@customer-corner/ui/request-screens';
import { ViewerNote } from './viewer-note';

export const REQUESTS_PAGE_SIZE = 20;

type RequestRow = ChangeRequestListQuery['changeRequests']['edges'][number]['node'];

/** REQ-3: the list with type, date and status; viewers see it without the "new request" button (REQ-5). */
export function RequestList({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('requests');
  const formats = useFormats();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(ChangeRequestListDocument, { variables: { first: REQUESTS_PAGE_SIZE } });
  const page = data?.changeRequests;
  const rows = page?.edges.map((edge) => edge.node) ?? [];

  async function loadMore() {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          changeRequests: {
            ...fetchMoreResult.changeRequests,
            edges: [...(previous.changeRequests?.edges ?? []), ...fetchMoreResult.changeRequests.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const columns: Column<RequestRow>[] = [
    { key: 'reference', header: t('columns.reference'), rowHeader: true, cell: (row) => <Link to={row.id}>{row.reference}</Link> },
    { key: 'type', header: t('columns.type'), cell: (row) => t(`types.${row.type}`) },
    { key: 'date', header: t('columns.date'), cell: (row) => formats.date(row.createdAt) },
    {
      key: 'status',
      header: t('columns.status'),
      cell: (row) => (
        <span>
          <Badge tone={requestStatusTone(row.status)}>{t(`statuses.${row.status}`)}</Badge>
          {row.awaitingAnswer && !readOnly ? <> {t('awaitingYou')}</> : null}
        </span>
      ),
    },
  ];

  return (
    <div>
      <PageHeader title={t('title')}>
        {readOnly ? null : (
          <Link className="cc-button" to="new">
            {t('newRequest')}
          </Link>
        )}
      </PageHeader>
      <p>{t('intro')}</p>
      {readOnly ? <ViewerNote /> : null}
      {error ? (
        <Alert tone="error" title={t('loadError')}>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {loading && !page ? <Spinner /> : null}
      {page ? (
        page.totalCount === 0 ? (
          <EmptyState>{t('none')}</EmptyState>
        ) : (
          <>
            <p role="status">{t('count', { count: page.totalCount })}</p>
            <DataTable caption={t('listCaption')} captionHidden columns={columns} rows={rows} rowKey={(row) => row.id} />
            {page.pageInfo.hasNextPage ? (
              <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                {t('loadMore')}
              </Button>
            ) : null}
          </>
        )
      ) : null}
    </div>
  );
}
