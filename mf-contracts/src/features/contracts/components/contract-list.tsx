import { useQuery } from '@apollo/client/react';
import {
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
  useSearchParamsEditor,
  type Column,
} from '@customer-corner/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContractFilter, ContractKind, ContractListQuery, ContractStatus } from '../../../gql/graphql';
import { ContractListQuery as ContractListDocument } from '../api/contracts.queries';
import { contractStatusTone, installmentStatusTone } from '../utils/contract-tones';
import { isSortChoice, sortChoices, toContractSort, type SortChoice } from '../utils/contract-sort';
import { useInstallmentStatusText } from '../utils/installment-status';
import { LoadError } from './query-state';

export const CONTRACTS_PAGE_SIZE = 20;

const kinds: readonly ContractKind[] = ['LEASING', 'CREDIT_LINE', 'RENTAL'];
const statuses: readonly ContractStatus[] = ['ACTIVE', 'PENDING', 'ENDED', 'TERMINATED'];

type ContractRow = ContractListQuery['contracts']['edges'][number]['node'];

/** CON-1: the list with filter (type, status), search (contract or serial number), sort and "load more". */
/** The kit's phone breakpoint (cards instead of tables). */
function isPhoneWidth(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 640px)').matches;
}

export function ContractList() {
  const { t } = useTranslation('contracts');
  const formats = useFormats();
  const installmentStatusText = useInstallmentStatusText();
  const { params, update, replaceAll } = useSearchParamsEditor();
  const kind = kinds.find((k) => k === params.get('kind')) ?? null;
  const status = statuses.find((s) => s === params.get('status')) ?? null;
  const search = params.get('q') ?? '';
  const sortParam = params.get('sort');
  const sort: SortChoice = isSortChoice(sortParam) ? sortParam : 'NUMBER_ASC';
  const [searchDraft, setSearchDraft] = useState(search);
  const [loadingMore, setLoadingMore] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(true);

  const filter: ContractFilter = {
    ...(kind ? { kinds: [kind] } : {}),
    ...(status ? { statuses: [status] } : {}),
    ...(search ? { search } : {}),
  };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ContractListDocument, {
    variables: { first: CONTRACTS_PAGE_SIZE, filter, sort: toContractSort(sort) },
  });
  const contracts = (data ?? previousData)?.contracts;

  function updateParam(name: string, value: string | null) {
    update({ [name]: value });
  }

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    updateParam('q', searchDraft.trim() || null);
    // On a phone the open panel filled the first screen and hid the count and the results (#18 item 15).
    if (isPhoneWidth()) setFiltersOpen(false);
  }

  async function loadMore() {
    if (!contracts?.pageInfo.endCursor) return;
    const firstNewIndex = contracts.edges.length;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: contracts.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          contracts: { ...fetchMoreResult.contracts, edges: [...(previous.contracts?.edges ?? []), ...fetchMoreResult.contracts.edges] },
        }),
      });
      // Keep keyboard users where they were: on the first contract that just appeared.
      document.querySelector<HTMLElement>(`[data-contract-index="${firstNewIndex}"]`)?.focus();
    } finally {
      setLoadingMore(false);
    }
  }

  const rows = contracts?.edges.map((edge) => edge.node) ?? [];
  const columns: Column<ContractRow>[] = [
    {
      key: 'number',
      header: t('columns.number'),
      rowHeader: true,
      cell: (row) => (
        <Link to={encodeURIComponent(row.contractNumber)} data-contract-index={rows.indexOf(row)}>
          {row.contractNumber}
        </Link>
      ),
    },
    { key: 'kind', header: t('columns.kind'), cell: (row) => t(`kinds.${row.kind}`) },
    {
      key: 'status',
      header: t('columns.status'),
      cell: (row) => <Badge tone={contractStatusTone(row.status)}>{t(`statuses.${row.status}`)}</Badge>,
    },
    { key: 'object', header: t('columns.object'), prose: true, cell: (row) => row.objectSummary },
    { key: 'start', header: t('columns.start'), cell: (row) => formats.date(row.startDate) },
    { key: 'end', header: t('columns.end'), cell: (row) => formats.date(row.endDate) },
    { key: 'amount', header: t('columns.periodicAmount'), numeric: true, cell: (row) => formats.money(row.periodicAmountCents) },
    {
      key: 'next',
      header: t('columns.nextDue'),
      cell: (row) =>
        row.nextInstallment ? (
          <span>
            {/* a direct debit's words carry the date already ("Domiciliation le 01/12/2026", issue #12 §1) */}
            {row.nextInstallment.status === 'DUE' && row.paymentMethod === 'SEPA_DIRECT_DEBIT' ? null : (
              <>{formats.date(row.nextInstallment.dueDate)} </>
            )}
            <Badge tone={installmentStatusTone(row.nextInstallment.status)}>
              {installmentStatusText(row.nextInstallment, row.paymentMethod)}
            </Badge>
          </span>
        ) : (
          t('fields.none')
        ),
    },
  ];

  const filtered = Boolean(kind || status || search);

  return (
    <div>
      <PageHeader title={t('title')} />
      <p>{t('intro')}</p>
      <Card title={t('filters')} labelledBy="contracts-filters-title">
        <form role="search" aria-label={t('search')} onSubmit={onSearch}>
          <div className="cc-row">
            <TextField
              label={t('searchLabel')}
              hint={t('searchHint')}
              value={searchDraft}
              onChange={(event) => setSearchDraft(event.target.value)}
              type="search"
            />
            <div className="cc-field" style={{ flex: '0 0 auto' }}>
              <Button type="submit">{t('searchButton')}</Button>
            </div>
          </div>
        </form>
        <Button
          variant="ghost"
          aria-expanded={filtersOpen}
          aria-controls="contracts-filter-panel"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {filtersOpen ? t('filterPanel.hide') : t('filterPanel.show')}
        </Button>
        <div id="contracts-filter-panel" hidden={!filtersOpen}>
          <div className="cc-row">
            <SelectField
              label={t('kind')}
              value={kind ?? ''}
              onChange={(event) => updateParam('kind', event.target.value || null)}
              options={[{ value: '', label: t('allKinds') }, ...kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
            />
            <SelectField
              label={t('status')}
              value={status ?? ''}
              onChange={(event) => updateParam('status', event.target.value || null)}
              options={[{ value: '', label: t('allStatuses') }, ...statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
            />
            <SelectField
              label={t('sort')}
              value={sort}
              onChange={(event) => updateParam('sort', event.target.value === 'NUMBER_ASC' ? null : event.target.value)}
              options={sortChoices.map((choice) => ({ value: choice, label: t(`sortOptions.${choice}`) }))}
            />
          </div>
        </div>
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() => {
              setSearchDraft('');
              replaceAll(sort === 'NUMBER_ASC' ? {} : { sort });
            }}
          >
            {t('clearFilters')}
          </Button>
        ) : null}
      </Card>

      {error && !contracts ? <LoadError onRetry={() => void refetch()} /> : null}
      {loading && !contracts ? <Spinner /> : null}
      {contracts ? (
        <section aria-labelledby="contracts-count">
          <p id="contracts-count" role="status">
            <strong>{t('count', { count: contracts.totalCount })}</strong>
            {contracts.totalCount > rows.length ? ` — ${t('shownOf', { shown: rows.length, total: contracts.totalCount })}` : null}
          </p>
          {rows.length === 0 ? (
            <EmptyState>{filtered ? t('none') : t('noneAtAll')}</EmptyState>
          ) : (
            <DataTable caption={t('listCaption')} captionHidden columns={columns} rows={rows} rowKey={(row) => row.id} />
          )}
          {contracts.pageInfo.hasNextPage ? (
            <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore} aria-busy={loadingMore}>
              {t('loadMore')}
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
