import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  DataTable,
  directDebitOnText,
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
import type { DocumentListQuery } from '../../../gql/graphql';
import { DocumentListQuery as DocumentListDocument } from '../api/documents.queries';
import { documentKinds, filterStateFrom, isFiltered, paymentStatusFilters, toDocumentFilter } from '../utils/document-filter';
import { paymentStatusTone } from '../utils/document-tones';
import { pdfDownloadUrl } from '../utils/download-urls';
import { CopyReference } from './copy-reference';
import { ExportPanel } from './export-panel';
import { LoadError } from './load-error';

export const DOCUMENTS_PAGE_SIZE = 25;

type DocumentRow = DocumentListQuery['documents']['edges'][number]['node'];

/** DOC-1, DOC-2, DOC-3, DOC-4, DOC-9: the documents with their filter, per-document downloads and the exports. */
export function DocumentList() {
  const { t, i18n } = useTranslation('documents');
  const formats = useFormats();
  const { params, update, replaceAll } = useSearchParamsEditor();
  const state = filterStateFrom(params);
  const filter = toDocumentFilter(state);
  const [draft, setDraft] = useState({ search: state.search, from: state.from, to: state.to, contract: state.contract });
  const [loadingMore, setLoadingMore] = useState(false);

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(DocumentListDocument, {
    variables: { first: DOCUMENTS_PAGE_SIZE, filter },
  });
  const documents = (data ?? previousData)?.documents;
  const rows = documents?.edges.map((edge) => edge.node) ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: draft.search.trim() || null, from: draft.from || null, to: draft.to || null, contract: draft.contract.trim() || null });
  }

  async function loadMore() {
    if (!documents?.pageInfo.endCursor) return;
    const firstNewIndex = documents.edges.length;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: documents.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          documents: { ...fetchMoreResult.documents, edges: [...(previous.documents?.edges ?? []), ...fetchMoreResult.documents.edges] },
        }),
      });
      // Keep keyboard users where they were: on the first document that just appeared.
      document.querySelector<HTMLElement>(`[data-document-index="${firstNewIndex}"]`)?.focus();
    } finally {
      setLoadingMore(false);
    }
  }

  // Issue #12 §1: an open invoice of a direct-debit contract will be collected on its due date: nothing to pay.
  const collectedByDirectDebit = (row: DocumentRow) => Boolean(row.directDebitMandateReference) && row.paymentStatus === 'OPEN';
  const paymentStatusText = (row: DocumentRow) =>
    collectedByDirectDebit(row) && row.dueDate
      ? directDebitOnText(i18n.language, formats.date(row.dueDate))
      : t(`statuses.${row.paymentStatus ?? 'OPEN'}`);
  // The structured reference is for a transfer: an unpaid invoice without mandate, or one whose collection failed (overdue).
  const transferExpected = (row: DocumentRow) => row.paymentStatus !== 'PAID' && !collectedByDirectDebit(row);

  const hidden = (number: string) => <span className="cc-visually-hidden"> {t('ofDocument', { number })}</span>;
  const columns: Column<DocumentRow>[] = [
    {
      key: 'number',
      header: t('columns.number'),
      rowHeader: true,
      cell: (row) => (
        <span tabIndex={-1} data-document-index={rows.indexOf(row)} style={{ whiteSpace: 'nowrap' }}>
          {row.number}
        </span>
      ),
    },
    { key: 'kind', header: t('columns.kind'), cell: (row) => t(`kinds.${row.kind}`) },
    { key: 'issueDate', header: t('columns.issueDate'), cell: (row) => formats.date(row.issueDate) },
    { key: 'dueDate', header: t('columns.dueDate'), cell: (row) => (row.dueDate ? formats.date(row.dueDate) : t('emptyValue')) },
    {
      key: 'contract',
      header: t('columns.contract'),
      cell: (row) => <span style={{ whiteSpace: 'nowrap' }}>{row.contractNumber ?? t('emptyValue')}</span>,
    },
    { key: 'total', header: t('columns.total'), numeric: true, cell: (row) => formats.money(row.totalCents) },
    {
      key: 'status',
      header: t('columns.status'),
      // DOC-9: an open or overdue invoice shows its structured reference, ready to copy, under its status.
      cell: (row) =>
        row.paymentStatus ? (
          // One block: on phone cards the kit lays the cell out as "label | value".
          <span style={{ display: 'block' }}>
            <Badge tone={paymentStatusTone(row.paymentStatus)}>{paymentStatusText(row)}</Badge>
            {row.structuredReference && transferExpected(row) ? <CopyReference reference={row.structuredReference} /> : null}
          </span>
        ) : (
          t('emptyValue')
        ),
    },
    {
      key: 'actions',
      header: t('columns.actions'),
      cell: (row) => (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, whiteSpace: 'nowrap' }}>
          <li>
            <a href={row.pdfUrl} target="_blank" rel="noopener">
              {t('viewPdf')}
              {hidden(row.number)}
            </a>
          </li>
          <li>
            <a href={pdfDownloadUrl(row.pdfUrl)} download>
              {t('downloadPdf')}
              {hidden(row.number)}
            </a>
          </li>
          {row.ublUrl ? (
            <li>
              <a href={row.ublUrl} download>
                {t('ubl')}
                {hidden(row.number)}
              </a>
            </li>
          ) : null}
          <li>
            <a href={row.printUrl} target="_blank" rel="noopener">
              {t('print')}
              {hidden(row.number)}
            </a>
          </li>
        </ul>
      ),
    },
  ];

  const filtered = isFiltered(state);

  return (
    <div>
      <PageHeader title={t('title')} />
      <p>{t('intro')}</p>
      <Card title={t('filters')} labelledBy="documents-filters-title">
        <form role="search" aria-label={t('filters')} onSubmit={onSubmit}>
          <div className="cc-row">
            <TextField
              label={t('searchLabel')}
              hint={t('searchHint')}
              type="search"
              value={draft.search}
              onChange={(event) => setDraft({ ...draft, search: event.target.value })}
            />
            <TextField
              label={t('contract')}
              hint={t('contractHint')}
              value={draft.contract}
              onChange={(event) => setDraft({ ...draft, contract: event.target.value })}
            />
          </div>
          <div className="cc-row">
            <TextField
              label={t('from')}
              hint={t('fromHint')}
              type="date"
              value={draft.from}
              max={draft.to || undefined}
              onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            />
            <TextField
              label={t('to')}
              type="date"
              value={draft.to}
              min={draft.from || undefined}
              onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            />
          </div>
          <div className="cc-row">
            <SelectField
              label={t('kind')}
              value={state.kind ?? ''}
              onChange={(event) => update({ kind: event.target.value || null })}
              options={[{ value: '', label: t('allKinds') }, ...documentKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
            />
            <SelectField
              label={t('paid')}
              value={state.paid ?? ''}
              onChange={(event) => update({ paid: event.target.value || null })}
              options={[
                { value: '', label: t('allPayments') },
                ...paymentStatusFilters.map((p) => ({ value: p, label: t(`paidOptions.${p}`) })),
              ]}
            />
          </div>
          <div className="cc-row" style={{ alignItems: 'center' }}>
            <div style={{ flex: '0 0 auto' }}>
              <Button type="submit">{t('apply')}</Button>
            </div>
            {state.batch ? (
              <div style={{ flex: '0 0 auto' }}>
                <Button
                  variant="secondary"
                  onClick={() => update({ batch: null })}
                  aria-label={t('removeBatchFilter', { number: state.batch })}
                >
                  {t('batchFilter', { number: state.batch })} ✕
                </Button>
              </div>
            ) : null}
            {filtered ? (
              <div style={{ flex: '0 0 auto' }}>
                <Button
                  variant="ghost"
                  onClick={() => {
                    setDraft({ search: '', from: '', to: '', contract: '' });
                    replaceAll({});
                  }}
                >
                  {t('clearFilters')}
                </Button>
              </div>
            ) : null}
          </div>
        </form>
      </Card>

      {error && !documents ? <LoadError onRetry={() => void refetch()} /> : null}
      {loading && !documents ? <Spinner /> : null}
      {documents ? (
        <>
          <section aria-labelledby="documents-count">
            <p id="documents-count" role="status">
              <strong>{t('count', { count: documents.totalCount })}</strong>
              {documents.totalCount > rows.length ? ` — ${t('shownOf', { shown: rows.length, total: documents.totalCount })}` : null}
            </p>
            <ExportPanel key={JSON.stringify(filter)} filter={filter} totalCount={documents.totalCount} />
            {rows.length === 0 ? (
              <EmptyState>{filtered ? t('none') : t('noneAtAll')}</EmptyState>
            ) : (
              <DataTable caption={t('listCaption')} captionHidden columns={columns} rows={rows} rowKey={(row) => row.id} />
            )}
            {documents.pageInfo.hasNextPage ? (
              <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore} aria-busy={loadingMore}>
                {t('loadMore')}
              </Button>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
