import { Badge, Card, DescriptionList, useFormats } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import type { ContractDetailQuery, PaymentMethod } from '../../../gql/graphql';
import { installmentStatusTone } from '../utils/contract-tones';
import { useInstallmentStatusText } from '../utils/installment-status';

type Installment = NonNullable<ContractDetailQuery['contractByNumber']['lastInstallment']>;

function InstallmentBlock({
  title,
  installment,
  emptyText,
  headingId,
  paymentMethod,
}: {
  title: string;
  installment: Installment | null;
  emptyText: string;
  headingId: string;
  paymentMethod: PaymentMethod;
}) {
  const { t } = useTranslation('contracts');
  const formats = useFormats();
  const statusText = useInstallmentStatusText();
  return (
    <section aria-labelledby={headingId} style={{ flex: '1 1 16rem' }}>
      <h3 id={headingId}>{title}</h3>
      {installment ? (
        <>
          <p>
            <Badge tone={installmentStatusTone(installment.status)}>{statusText(installment, paymentMethod)}</Badge>{' '}
            {installment.paidOn ? t('paidOn', { date: formats.date(installment.paidOn) }) : null}
          </p>
          <DescriptionList
            items={[
              { key: 'number', term: t('installmentNumber', { sequence: installment.sequence }), value: formats.date(installment.dueDate) },
              { key: 'amount', term: t('amountExclVat'), value: formats.money(installment.amountCents) },
              { key: 'vat', term: t('vat'), value: formats.money(installment.vatCents) },
              { key: 'total', term: t('amountInclVat'), value: <strong>{formats.money(installment.totalCents)}</strong> },
            ]}
          />
        </>
      ) : (
        <p>{emptyText}</p>
      )}
    </section>
  );
}

/** CON-3: the last and the next installment with amount and paid / due (or direct debit on) / overdue status. */
export function InstallmentsCard({
  last,
  next,
  paymentMethod,
}: {
  last: Installment | null;
  next: Installment | null;
  paymentMethod: PaymentMethod;
}) {
  const { t } = useTranslation('contracts');
  return (
    <Card title={t('installments')} labelledBy="installments-title">
      <div className="cc-row" style={{ alignItems: 'flex-start' }}>
        <InstallmentBlock
          headingId="last-installment"
          title={t('lastInstallment')}
          installment={last}
          emptyText={t('noLastInstallment')}
          paymentMethod={paymentMethod}
        />
        <InstallmentBlock
          headingId="next-installment"
          title={t('nextInstallment')}
          installment={next}
          emptyText={t('noNextInstallment')}
          paymentMethod={paymentMethod}
        />
      </div>
    </Card>
  );
}
