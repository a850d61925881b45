import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, DescriptionList, PageHeader, Spinner, useFormats, type DescriptionItem } from '@customer-corner/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompanyInformationQuery } from '../api/company.queries';

interface AddressValue {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

function AddressLines({ address }: { address: AddressValue }) {
  return (
    <>
      {address.street}
      <br />
      {address.country === 'BE' ? `${address.postalCode} ${address.city}` : `${address.postalCode} ${address.city} (${address.country})`}
    </>
  );
}

/** One block of company data with its "request a change" link to the matching prefilled form (COM-2). */
function CompanyBlock({
  id,
  title,
  items,
  changeLink,
}: {
  id: string;
  title: string;
  items: DescriptionItem[];
  changeLink: string | null;
}) {
  const { t } = useTranslation('company');
  return (
    <Card title={title} labelledBy={`company-${id}`}>
      <DescriptionList items={items} />
      {changeLink ? (
        <p style={{ marginTop: '1rem', marginBottom: 0 }}>
          {/* An absolute link: the requests tab is another remote, tabs never import each other. */}
          <Link className="cc-button cc-button--secondary" to={changeLink}>
            {t('requestChange')}
            <span className="cc-visually-hidden"> — {title}</span>
          </Link>
        </p>
      ) : null}
    </Card>
  );
}

/** COM-1 … COM-3: the company's data, the bank account masked, each block with a way to ask for a change. */
export function CompanyPage({ canRequestChanges }: { canRequestChanges: boolean }) {
  const { t } = useTranslation('company');
  const formats = useFormats();
  const { data, loading, error, refetch } = useQuery(CompanyInformationQuery);
  const company = data?.company;
  const none = t('none');
  const link = (query: string) => (canRequestChanges ? `/requests/new?${query}` : null);
  const text = (value: string | null | undefined): ReactNode => (value ? value : none);

  return (
    <div>
      <PageHeader title={t('title')} />
      <p>{t('intro')}</p>
      {loading && !company ? <Spinner /> : null}
      {error && !company ? (
        <Alert tone="error" title={t('loadError')}>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {company ? (
        <>
          <p>
            <strong>
              {company.companyDataChangedAt ? t('lastChange', { date: formats.date(company.companyDataChangedAt) }) : t('neverChanged')}
            </strong>
          </p>
          {canRequestChanges ? null : <Alert tone="info">{t('viewerNote')}</Alert>}
          <div className="cc-row" style={{ alignItems: 'stretch' }}>
            <CompanyBlock
              id="identity"
              title={t('blocks.identity')}
              changeLink={link('type=COMPANY_NAME')}
              items={[
                { key: 'name', term: t('fields.name'), value: company.name },
                { key: 'legalForm', term: t('fields.legalForm'), value: text(company.legalForm) },
                { key: 'customerNumber', term: t('fields.customerNumber'), value: company.customerNumber },
              ]}
            />
            <CompanyBlock
              id="enterprise"
              title={t('blocks.enterprise')}
              changeLink={link('type=ENTERPRISE_NUMBER')}
              items={[
                { key: 'enterpriseNumber', term: t('fields.enterpriseNumber'), value: company.enterpriseNumberFormatted },
                { key: 'vatNumber', term: t('fields.vatNumber'), value: text(company.vatNumber) },
              ]}
            />
          </div>
          <div className="cc-row" style={{ alignItems: 'stretch' }}>
            <CompanyBlock
              id="registered-office"
              title={t('blocks.registeredOffice')}
              changeLink={link('type=ADDRESS&kind=REGISTERED_OFFICE')}
              items={[{ key: 'address', term: t('fields.address'), value: <AddressLines address={company.registeredOffice} /> }]}
            />
            <CompanyBlock
              id="billing-address"
              title={t('blocks.billingAddress')}
              changeLink={link('type=ADDRESS&kind=BILLING')}
              items={[
                {
                  key: 'address',
                  term: t('fields.address'),
                  value: company.billingAddress ? <AddressLines address={company.billingAddress} /> : t('sameAsRegisteredOffice'),
                },
              ]}
            />
          </div>
          <div className="cc-row" style={{ alignItems: 'stretch' }}>
            <CompanyBlock
              id="bank"
              title={t('blocks.bank')}
              changeLink={link('type=BANK_DETAILS')}
              items={[
                {
                  key: 'iban',
                  term: t('fields.iban'),
                  value: company.bankAccount ? (
                    <>
                      <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{company.bankAccount.maskedIban}</span>
                      <br />
                      <span className="cc-field__hint">{t('ibanMaskedNote')}</span>
                    </>
                  ) : (
                    none
                  ),
                },
                { key: 'bic', term: t('fields.bic'), value: text(company.bankAccount?.bic ?? company.bic) },
              ]}
            />
            <CompanyBlock
              id="correspondence"
              title={t('blocks.correspondence')}
              changeLink={link('type=OTHER')}
              items={[
                { key: 'language', term: t('fields.language'), value: t(`languages.${company.language}`) },
                { key: 'contactName', term: t('fields.contactName'), value: text(company.administrativeContact?.name) },
                { key: 'contactEmail', term: t('fields.contactEmail'), value: text(company.administrativeContact?.email) },
                { key: 'contactPhone', term: t('fields.contactPhone'), value: text(company.administrativeContact?.phone) },
              ]}
            />
          </div>
        </>
      ) : null}
    </div>
  );
}
