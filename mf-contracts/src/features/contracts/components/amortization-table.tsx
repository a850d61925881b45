import { useQuery } from '@apollo/client/react';
import { Badge, buttonClassName, Card, DataTable, EmptyState, PageHeader, Spinner, useFormats } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AmortizationTableQuery } from '../../../gql/graphql';
import { AmortizationTableQuery as AmortizationTableDocument } from '../api/contracts.queries';
import { amortizationDownloadUrl, type AmortizationDownload } from '../utils/amortization-downloads';
import { ContactCustomerServices } from './contact-customer-services';
import { LoadError, isNotFound } from './query-state';

const DOWNLOADS: readonly AmortizationDownload[] = ['pdf', 'print', 'xlsx', 'csv'];

/** Issue #19 §6: the table's PDF, print view and exports, served by the gateway beside /graphql. */
function AmortizationDownloads({ contractNumber }: { contractNumber: string }) {
  const { t } = useTranslation('contracts');
  return (
    <Card title={t('amortizationDownloads.title')} labelledBy="amortization-downloads-title">
      <div className="cc-row" style={{ alignItems: 'center' }}>
        {DOWNLOADS.map((kind) => (
          <a
            key={kind}
            className={buttonClassName(kind === 'pdf' ? 'primary' : 'secondary')}
            href={amortizationDownloadUrl(contractNumber, kind)}
            download={kind === 'xlsx' || kind === 'csv' ? true : undefined}
            style={{ flex: '0 0 auto' }}
          >
            {t(`amortizationDownloads.${kind}`)}
          </a>
        ))}
      </div>
      <p style={{ marginTop: 'var(--cc-space-md)' }}>{t('amortizationDownloads.note')}</p>
    </Card>
  );
}

type Row = NonNullable<AmortizationTableQuery['contractByNumber']['amortizationTable']>['rows'][number];

/** CON-4: the amortization table with its provisional/definitive badge and column totals. */
export function AmortizationTable({ customerServicesEmail }: { customerServicesEmail: string }) {
  const { t } = useTranslation('contracts');
  const formats = useFormats();
  const number = useParams()['number'] ?? '';
  const { data, loading, error, refetch } = useQuery(AmortizationTableDocument, { variables: { number } });

  if (loading && !data) return <Spinner />;
  if (isNotFound(error)) return <EmptyState>{t('notFound')}</EmptyState>;
  if (!data) return <LoadError onRetry={() => void refetch()} />;

  const contract = data.contractByNumber;
  const table = contract.amortizationTable;
  const hasVat = Boolean(table && table.totals.vatCents !== 0);
  const residualRow = table?.residualValueRow ?? null;
  // #12 §3: the purchase option is the table's own last line, named rather than numbered.
  const lines = table ? (residualRow ? [...table.rows, residualRow] : table.rows) : [];
  const columns = [
    {
      key: 'period',
      header: t('amortizationColumns.period'),
      rowHeader: true,
      cell: (r: Row) => (r === residualRow ? t('residualValueLine') : String(r.period)),
    },
    { key: 'dueDate', header: t('amortizationColumns.dueDate'), cell: (r: Row) => formats.date(r.dueDate) },
    {
      key: 'installment',
      header: t('amortizationColumns.installment'),
      numeric: true,
      cell: (r: Row) => formats.money(r.installmentCents),
    },
    { key: 'interest', header: t('amortizationColumns.interest'), numeric: true, cell: (r: Row) => formats.money(r.interestCents) },
    { key: 'capital', header: t('amortizationColumns.capital'), numeric: true, cell: (r: Row) => formats.money(r.capitalCents) },
    {
      key: 'outstanding',
      header: t('amortizationColumns.outstanding'),
      numeric: true,
      cell: (r: Row) => formats.money(r.outstandingCents),
    },
    ...(hasVat
      ? [
          { key: 'vat', header: t('amortizationColumns.vat'), numeric: true, cell: (r: Row) => formats.money(r.vatCents) },
          { key: 'total', header: t('amortizationColumns.total'), numeric: true, cell: (r: Row) => formats.money(r.totalCents) },
        ]
      : []),
  ];

  return (
    <div>
      <p>
        <Link to="..">← {t('backToContract', { number: contract.contractNumber })}</Link>
      </p>
      <PageHeader title={t('amortizationTitle', { number: contract.contractNumber })}>
        <ContactCustomerServices contractNumber={contract.contractNumber} email={customerServicesEmail} />
      </PageHeader>
      {!table ? (
        <EmptyState>{t('noAmortizationForRental')}</EmptyState>
      ) : (
        <>
          <p>
            <Badge tone={table.definitive ? 'success' : 'warning'}>{table.definitive ? t('definitive') : t('provisional')}</Badge>{' '}
            {table.definitive ? t('definitiveNote') : t('provisionalNote')}
          </p>
          <p>
            <strong>{t('conventionLabel')}</strong>{' '}
            {t('conventionLine', {
              timing: t(`paymentTimings.${table.paymentTiming}`),
              periodicity: t(`rentPeriodicities.${table.periodicity}`),
              rate: formats.percent(table.annualRatePercent),
              periodsPerYear: table.periodsPerYear,
            })}
          </p>
          <p>
            {[
              t('interestNote'),
              ...(table.paymentTiming === 'IN_ADVANCE' ? [t('firstRentNote')] : []),
              ...(residualRow ? [t('residualValueNote', { amount: formats.money(residualRow.installmentCents) })] : []),
            ].join(' ')}
          </p>
          <AmortizationDownloads contractNumber={contract.contractNumber} />
          <div className="cc-card">
            <DataTable
              caption={t('amortizationCaption', { number: contract.contractNumber })}
              columns={columns}
              rows={lines}
              rowKey={(row) => (row === residualRow ? 'residual-value' : String(row.period))}
              footer={{
                label: t('total'),
                cells: {
                  installment: formats.money(table.totals.installmentCents),
                  interest: formats.money(table.totals.interestCents),
                  capital: formats.money(table.totals.capitalCents),
                  ...(hasVat ? { vat: formats.money(table.totals.vatCents), total: formats.money(table.totals.totalCents) } : {}),
                },
              }}
            />
          </div>
        </>
      )}
    </div>
  );
}
