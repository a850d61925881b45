import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, DataTable, EmptyState, PageHeader, Spinner, TextField, useFormats } from '@customer-corner/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerLoginsQuery, CustomerSearchQuery, StaffReissueActivationMutation } from '../api/back-office.operations';
import { formatDateTime } from '@customer-corner/ui/request-screens';
import { useProblemText } from '../utils/use-problem-text';

function CustomerLogins({ customerNumber, name }: { customerNumber: string; name: string }) {
  const { t } = useTranslation('backoffice');
  const problemText = useProblemText();
  const formats = useFormats();
  const { data, loading } = useQuery(CustomerLoginsQuery, { variables: { customerNumber } });
  const [reissue, reissuing] = useMutation(StaffReissueActivationMutation);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const logins = data?.customerLogins;

  async function onReissue(loginId: string) {
    setMessage(null);
    try {
      const result = await reissue({
        variables: { loginId },
        refetchQueries: [{ query: CustomerLoginsQuery, variables: { customerNumber } }],
      });
      setMessage({ tone: 'success', text: t('customers.reissued', { email: result.data?.staffReissueActivation.email ?? '' }) });
    } catch (error) {
      setMessage({ tone: 'error', text: problemText(error) });
    }
  }

  return (
    <Card title={t('customers.loginsTitle', { name })} labelledBy="bo-logins">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {loading && !logins ? <Spinner /> : null}
      {logins && logins.length === 0 ? <EmptyState>{t('customers.noLogins')}</EmptyState> : null}
      {logins && logins.length > 0 ? (
        <DataTable
          caption={t('customers.loginsCaption')}
          captionHidden
          rows={logins}
          rowKey={(login) => login.loginId}
          columns={[
            { key: 'name', header: t('customers.loginColumns.name'), rowHeader: true, cell: (login) => login.name },
            { key: 'email', header: t('customers.loginColumns.email'), cell: (login) => login.email },
            { key: 'loginId', header: t('customers.loginColumns.loginId'), cell: (login) => login.loginId },
            {
              key: 'profile',
              header: t('customers.loginColumns.profile'),
              cell: (login) => t(`customers.profiles.${login.profile}`, { defaultValue: login.profile }),
            },
            {
              key: 'status',
              header: t('customers.loginColumns.status'),
              cell: (login) => (
                <Badge tone={login.status === 'ACTIVE' ? 'success' : login.status === 'PENDING_ACTIVATION' ? 'warning' : 'neutral'}>
                  {t(`customers.loginStatuses.${login.status}`, { defaultValue: login.status })}
                </Badge>
              ),
            },
            {
              key: 'expires',
              header: t('customers.loginColumns.expires'),
              cell: (login) => (login.activationExpiresAt ? formatDateTime(login.activationExpiresAt, formats.locale) : t('none')),
            },
            {
              key: 'actions',
              header: t('customers.loginColumns.actions'),
              cell: (login) =>
                login.status === 'PENDING_ACTIVATION' ? (
                  <Button variant="secondary" disabled={reissuing.loading} onClick={() => void onReissue(login.loginId)}>
                    {t('customers.reissue', { name: login.name })}
                  </Button>
                ) : (
                  t('none')
                ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}

/** BO-4: find a customer by number, enterprise number or name; see its logins; re-issue a pending activation. */
export function CustomerLookup() {
  const { t } = useTranslation('backoffice');
  const [draft, setDraft] = useState('');
  const [selected, setSelected] = useState<{ customerNumber: string; name: string } | null>(null);
  const [search, { data, loading, error }] = useLazyQuery(CustomerSearchQuery);
  const customers = data?.customerSearch;

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.trim()) return;
    setSelected(null);
    void search({ variables: { search: draft.trim() } });
  }

  return (
    <div>
      <PageHeader title={t('customers.title')} />
      <Card>
        <form onSubmit={onSearch} role="search" className="cc-row">
          <TextField label={t('customers.search')} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <div style={{ flex: '0 0 auto', marginBottom: '1rem' }}>
            <Button type="submit">{t('customers.searchButton')}</Button>
          </div>
        </form>
      </Card>
      {error ? <Alert tone="error">{t('loadError')}</Alert> : null}
      {loading ? <Spinner /> : null}
      {customers && customers.length === 0 ? <EmptyState>{t('customers.none')}</EmptyState> : null}
      {customers && customers.length > 0 ? (
        <DataTable
          caption={t('customers.caption')}
          rows={customers}
          rowKey={(customer) => customer.id}
          columns={[
            { key: 'number', header: t('customers.columns.number'), rowHeader: true, cell: (c) => c.customerNumber },
            { key: 'name', header: t('customers.columns.name'), cell: (c) => c.name },
            { key: 'enterprise', header: t('customers.columns.enterprise'), cell: (c) => c.enterpriseNumber },
            {
              key: 'contact',
              header: t('customers.columns.contact'),
              cell: (c) => [c.contactName, c.contactEmail].filter(Boolean).join(' — ') || t('none'),
            },
            {
              key: 'logins',
              header: t('customers.columns.logins'),
              cell: (c) => (
                <Button variant="secondary" onClick={() => setSelected({ customerNumber: c.customerNumber, name: c.name })}>
                  {c.loginCount} — {t('customers.showLogins', { name: c.name })}
                </Button>
              ),
            },
          ]}
        />
      ) : null}
      {selected ? <CustomerLogins key={selected.customerNumber} customerNumber={selected.customerNumber} name={selected.name} /> : null}
    </div>
  );
}
