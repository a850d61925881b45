import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Card,
  DataTable,
  DescriptionList,
  EmptyState,
  PageHeader,
  Spinner,
  buttonClassName,
  toPortalLanguage,
  useFormats,
} from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ContractDetailQuery } from '../../../gql/graphql';
import { ContractDetailQuery as ContractDetailDocument } from '../api/contracts.queries';
import { contractStatusTone } from '../utils/contract-tones';
import { earlyTerminationText } from '../utils/early-termination-text';
import { ContactCustomerServices } from './contact-customer-services';
import { InstallmentsCard } from './installments-card';
import { LoadError, isNotFound } from './query-state';

type Asset = ContractDetailQuery['contractByNumber']['assets'][number];

/** CON-2: every term of the contract and its financed assets; CON-3 installments; CON-5 contact. */
export function ContractDetail({ customerServicesEmail }: { customerServicesEmail: string }) {
  const { t, i18n } = useTranslation('contracts');
  const formats = useFormats();
  const number = useParams()['number'] ?? '';
  const { data, loading, error, refetch } = useQuery(ContractDetailDocument, { variables: { number } });

  if (loading && !data) return <Spinner />;
  if (isNotFound(error)) {
    return (
      <div>
        <PageHeader title={t('contractTitle', { number })} />
        <EmptyState>{t('notFound')}</EmptyState>
        <Link to="..">{t('backToList')}</Link>
      </div>
    );
  }
  if (!data) return <LoadError onRetry={() => void refetch()} />;

  const contract = data.contractByNumber;
  const none = t('fields.none');
  const assetColumns = [
    { key: 'description', header: t('assetColumns.description'), rowHeader: true, cell: (a: Asset) => a.description },
    { key: 'brand', header: t('assetColumns.brand'), cell: (a: Asset) => a.brand },
    { key: 'model', header: t('assetColumns.model'), cell: (a: Asset) => a.model },
    { key: 'serial', header: t('assetColumns.serialNumber'), cell: (a: Asset) => a.serialNumber ?? none },
    { key: 'quantity', header: t('assetColumns.quantity'), numeric: true, cell: (a: Asset) => String(a.quantity) },
    { key: 'location', header: t('assetColumns.location'), cell: (a: Asset) => a.location ?? none },
  ];

  return (
    <div>
      <p>
        <Link to="..">← {t('backToList')}</Link>
      </p>
      <PageHeader title={t('contractTitle', { number: contract.contractNumber })}>
        <ContactCustomerServices contractNumber={contract.contractNumber} email={customerServicesEmail} />
      </PageHeader>
      <p>
        <Badge tone={contractStatusTone(contract.status)}>{t(`statuses.${contract.status}`)}</Badge> {t(`kinds.${contract.kind}`)} —{' '}
        {contract.objectSummary}
      </p>

      <InstallmentsCard
        last={contract.lastInstallment ?? null}
        next={contract.nextInstallment ?? null}
        paymentMethod={contract.paymentMethod}
      />

      <Card title={t('terms')} labelledBy="terms-title">
        <DescriptionList
          items={[
            { key: 'kind', term: t('fields.kind'), value: t(`kinds.${contract.kind}`) },
            { key: 'status', term: t('fields.status'), value: t(`statuses.${contract.status}`) },
            { key: 'object', term: t('fields.object'), value: contract.objectSummary },
            { key: 'start', term: t('fields.startDate'), value: formats.date(contract.startDate) },
            { key: 'end', term: t('fields.endDate'), value: formats.date(contract.endDate) },
            {
              key: 'activated',
              term: t('fields.activatedAt'),
              value: contract.activatedAt ? formats.date(contract.activatedAt) : t('fields.notActivated'),
            },
            { key: 'duration', term: t('fields.duration'), value: t('fields.durationValue', { count: contract.durationMonths }) },
            { key: 'installments', term: t('fields.installments'), value: String(contract.numberOfInstallments) },
            { key: 'periodicity', term: t('fields.periodicity'), value: t(`periodicities.${contract.periodicity}`) },
            { key: 'timing', term: t('fields.paymentTiming'), value: t(`paymentTimings.${contract.paymentTiming}`) },
            { key: 'periodic', term: t('fields.periodicAmount'), value: formats.money(contract.periodicAmountCents) },
            { key: 'financed', term: t('fields.financedAmount'), value: formats.money(contract.financedAmountCents) },
            { key: 'rate', term: t('fields.annualRate'), value: formats.percent(contract.annualRatePercent) },
            {
              key: 'vat',
              term: t('fields.vatRate'),
              value: contract.vatRatePercent ? formats.percent(contract.vatRatePercent) : t('fields.noVat'),
            },
            { key: 'residual', term: t('fields.residualValue'), value: formats.money(contract.residualValueCents) },
            {
              key: 'early',
              term: t('fields.earlyTermination'),
              value: contract.earlyTerminationRule ? (
                <EarlyTerminationRule
                  text={contract.earlyTerminationRule}
                  language={contract.earlyTerminationRuleLanguage}
                  pageLanguage={toPortalLanguage(i18n.language)}
                />
              ) : (
                none
              ),
            },
            { key: 'method', term: t('fields.paymentMethod'), value: t(`paymentMethods.${contract.paymentMethod}`) },
            { key: 'mandate', term: t('fields.sepaMandate'), value: contract.sepaMandateReference ?? none },
            { key: 'supplier', term: t('fields.supplier'), value: contract.supplierName },
          ]}
        />
      </Card>

      <Card title={t('assets')} labelledBy="assets-title">
        {contract.assets.length === 0 ? (
          <p>{t('noAssets')}</p>
        ) : (
          <DataTable
            caption={t('assetsCaption', { number: contract.contractNumber })}
            captionHidden
            columns={assetColumns}
            rows={contract.assets}
            rowKey={(asset) => asset.id}
          />
        )}
      </Card>

      {contract.kind !== 'RENTAL' ? (
        <Card title={t('amortization')} labelledBy="amortization-link-title">
          <Link className={buttonClassName('primary')} to="amortization">
            {t('showAmortization')}
          </Link>
        </Card>
      ) : null}
    </div>
  );
}

/**
 * #18 item 9: the rule comes in the reader's language when the core system gave it; when
 * it is in another language, the element says which (`lang`), so screen readers pronounce it right.
 */
function EarlyTerminationRule({
  text,
  language,
  pageLanguage,
}: {
  text: string;
  language: ContractDetailQuery['contractByNumber']['earlyTerminationRuleLanguage'];
  pageLanguage: string;
}) {
  const lang = language?.toLowerCase();
  return <span lang={lang && lang !== pageLanguage ? lang : undefined}>{earlyTerminationText(text)}</span>;
}
