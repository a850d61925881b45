import { useQuery } from '@apollo/client/react';
import { Button, Card, DataTable, EmptyState, Spinner, useFormats, type Column } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BatchListQuery } from '../../../gql/graphql';
import { BatchListQuery as BatchListDocument } from '../api/documents.queries';
import { batchZipUrl } from '../utils/download-urls';
import { LoadError } from './load-error';

export const BATCHES_PAGE_SIZE = 6;

type BatchRow = BatchListQuery['batches']['edges'][number]['node'];

/** DOC-5: the invoicing batches; each can be shown in the list above or downloaded whole as a ZIP of its PDFs. */
export function BatchList() {
  const { t } = useTranslation('documents');
  const formats = useFormats();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(BatchListDocument, { variables: { first: BATCHES_PAGE_SIZE } });
  const batches = data?.batches;
  const rows = batches?.edges.map((edge) => edge.node) ?? [];

  async function loadMore() {
    if (!batches?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: batches.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          batches: { ...fetchMoreResult.batches, edges: [...(previous.batches?.edges ?? []), ...fetchMoreResult.batches.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const columns: Column<BatchRow>[] = [
    { key: 'number', header: t('batches.number'), rowHeader: true, cell: (row) => row.number },
    { key: 'date', header: t('batches.date'), cell: (row) => formats.date(row.issueDate) },
    { key: 'count', header: t('batches.count'), numeric: true, cell: (row) => row.documentCount },
    { key: 'balance', header: t('batches.balance'), numeric: true, cell: (row) => formats.money(row.balanceCents) },
    {
      key: 'actions',
      header: t('batches.actions'),
      cell: (row) => (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          <li>
            <Link
              to={`?${new URLSearchParams({ batch: row.number, from: '2000-01-01' }).toString()}`}
              aria-label={t('batches.showLabel', { number: row.number })}
            >
              {t('batches.show')}
            </Link>
          </li>
          <li>
            <a href={batchZipUrl(row.number)} download aria-label={t('batches.zipLabel', { number: row.number })}>
              {t('batches.zip')}
            </a>
          </li>
        </ul>
      ),
    },
  ];

  return (
    <Card title={t('batches.title')} labelledBy="documents-batches-title">
      <p>{t('batches.intro')}</p>
      {error && !batches ? <LoadError onRetry={() => void refetch()} /> : null}
      {loading && !batches ? <Spinner /> : null}
      {batches && rows.length === 0 ? <EmptyState>{t('batches.none')}</EmptyState> : null}
      {rows.length > 0 ? (
        <DataTable caption={t('batches.caption')} captionHidden columns={columns} rows={rows} rowKey={(row) => row.number} />
      ) : null}
      {batches?.pageInfo.hasNextPage ? (
        <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore} aria-busy={loadingMore}>
          {t('batches.loadMore')}
        </Button>
      ) : null}
    </Card>
  );
}
