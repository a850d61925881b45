import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  DataTable,
  EmptyState,
  PageHeader,
  SelectField,
  Spinner,
  TextField,
  useFormats,
  type Column,
} from '@customer-corner/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChangeRequestStatus, ChangeRequestType, RequestQueueFilter, RequestQueueQuery as QueueData } from '../../../gql/graphql';
import { RequestQueueQuery } from '../api/back-office.operations';
import { requestStatusTone } from '@customer-corner/ui/request-screens';

export const QUEUE_PAGE_SIZE = 20;
const openStatuses: readonly ChangeRequestStatus[] = ['SUBMITTED', 'IN_PROGRESS', 'MORE_INFORMATION_NEEDED'];
const types: readonly ChangeRequestType[] = ['ENTERPRISE_NUMBER', 'ADDRESS', 'BANK_DETAILS', 'COMPANY_NAME', 'OTHER'];

type QueueRow = QueueData['requestQueue']['edges'][number]['node'];

interface Draft {
  status: string;
  type: string;
  olderThan: string;
  mine: boolean;
}

function toFilter(draft: Draft): RequestQueueFilter {
  const status = openStatuses.find((s) => s === draft.status);
  const type = types.find((s) => s === draft.type);
  const days = /^\d{1,4}$/.test(draft.olderThan.trim()) ? Number(draft.olderThan.trim()) : null;
  return {
    ...(status ? { statuses: [status] } : {}),
    ...(type ? { types: [type] } : {}),
    ...(days !== null ? { olderThanDays: days } : {}),
    ...(draft.mine ? { mine: true } : {}),
  };
}

/** BO-2: open requests, oldest first, filtered by status, type, age and "mine", with who handles each. */
export function RequestQueue() {
  const { t } = useTranslation('backoffice');
  const formats = useFormats();
  const [draft, setDraft] = useState<Draft>({ status: '', type: '', olderThan: '', mine: false });
  const [filter, setFilter] = useState<RequestQueueFilter>({});
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(RequestQueueQuery, {
    variables: { first: QUEUE_PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.requestQueue;
  const rows = page?.edges.map((edge) => edge.node) ?? [];

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilter(toFilter(draft));
  }

  async function loadMore() {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          requestQueue: {
            ...fetchMoreResult.requestQueue,
            edges: [...(previous.requestQueue?.edges ?? []), ...fetchMoreResult.requestQueue.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const columns: Column<QueueRow>[] = [
    {
      key: 'reference',
      header: t('queue.columns.reference'),
      rowHeader: true,
      cell: (row) => <Link to={`requests/${row.id}`}>{row.request.reference}</Link>,
    },
    { key: 'customer', header: t('queue.columns.customer'), cell: (row) => `${row.customer.name} (${row.customer.customerNumber})` },
    { key: 'type', header: t('queue.columns.type'), cell: (row) => t(`types.${row.request.type}`) },
    {
      key: 'status',
      header: t('queue.columns.status'),
      cell: (row) => <Badge tone={requestStatusTone(row.request.status)}>{t(`statuses.${row.request.status}`)}</Badge>,
    },
    { key: 'submitted', header: t('queue.columns.submitted'), cell: (row) => formats.date(row.request.createdAt) },
    { key: 'age', header: t('queue.columns.age'), numeric: true, cell: (row) => t('queue.age', { count: row.ageInDays }) },
    { key: 'assignee', header: t('queue.columns.assignee'), cell: (row) => row.assigneeName ?? t('queue.unassigned') },
  ];

  return (
    <div>
      <PageHeader title={t('queue.title')} />
      <p>{t('queue.intro')}</p>
      <Card>
        <form onSubmit={onFilter} aria-label={t('queue.filters')}>
          <div className="cc-row">
            <SelectField
              label={t('queue.status')}
              value={draft.status}
              onChange={(event) => setDraft({ ...draft, status: event.target.value })}
              options={[{ value: '', label: t('queue.allOpen') }, ...openStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
            />
            <SelectField
              label={t('queue.type')}
              value={draft.type}
              onChange={(event) => setDraft({ ...draft, type: event.target.value })}
              options={[{ value: '', label: t('queue.allTypes') }, ...types.map((s) => ({ value: s, label: t(`types.${s}`) }))]}
            />
            <TextField
              label={t('queue.olderThan')}
              inputMode="numeric"
              value={draft.olderThan}
              onChange={(event) => setDraft({ ...draft, olderThan: event.target.value })}
            />
          </div>
          <div className="cc-row" style={{ alignItems: 'center' }}>
            <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', minHeight: 44 }}>
              <input type="checkbox" checked={draft.mine} onChange={(event) => setDraft({ ...draft, mine: event.target.checked })} />
              {t('queue.mine')}
            </label>
            <div style={{ flex: '0 0 auto' }}>
              <Button type="submit">{t('queue.apply')}</Button>
            </div>
          </div>
        </form>
      </Card>
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
          <EmptyState>{t('queue.empty')}</EmptyState>
        ) : (
          <>
            <p role="status">{t('queue.count', { count: page.totalCount })}</p>
            <DataTable caption={t('queue.caption')} captionHidden columns={columns} rows={rows} rowKey={(row) => row.id} />
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
