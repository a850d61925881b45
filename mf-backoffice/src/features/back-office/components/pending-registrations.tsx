import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, DescriptionList, EmptyState, PageHeader, Spinner, TextField, useFormats } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingRegistrationsQuery as RegistrationsData } from '../../../gql/graphql';
import { PendingRegistrationsQuery, RejectRegistrationMutation, VerifyRegistrationMutation } from '../api/back-office.operations';
import { formatDateTime } from '@customer-corner/ui/request-screens';
import { useProblemText } from '../utils/use-problem-text';

type Registration = RegistrationsData['pendingRegistrations'][number];

function RegistrationCard({
  registration,
  onMessage,
}: {
  registration: Registration;
  onMessage: (tone: 'success' | 'error', text: string) => void;
}) {
  const { t } = useTranslation('backoffice');
  const problemText = useProblemText();
  const formats = useFormats();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const refetchQueries = [{ query: PendingRegistrationsQuery }];
  const [verify, verifying] = useMutation(VerifyRegistrationMutation, { refetchQueries });
  const [reject, rejecting] = useMutation(RejectRegistrationMutation, { refetchQueries });
  const fail = (error: unknown) => {
    onMessage('error', problemText(error));
  };

  return (
    <Card
      title={`${registration.contactName} — ${registration.customerName ?? registration.customerNumber}`}
      titleLevel={2}
      labelledBy={`reg-${registration.id}`}
    >
      <p>
        <Badge tone={registration.numbersMatch ? 'success' : 'danger'}>
          {registration.numbersMatch ? t('registrations.match') : t('registrations.mismatch')}
        </Badge>
      </p>
      <DescriptionList
        items={[
          {
            key: 'customer',
            term: t('registrations.customer'),
            value: `${registration.customerNumber}${registration.customerName ? ` — ${registration.customerName}` : ''}`,
          },
          { key: 'contract', term: t('registrations.contract'), value: registration.contractNumber },
          { key: 'enterprise', term: t('registrations.enterprise'), value: registration.enterpriseNumber },
          { key: 'contact', term: t('registrations.contact'), value: `${registration.email} — ${registration.phone}` },
          { key: 'at', term: t('registrations.receivedAt'), value: formatDateTime(registration.createdAt, formats.locale) },
        ]}
      />
      <div className="cc-row" style={{ marginTop: '1rem' }}>
        <div style={{ flex: '0 0 auto', marginBottom: '1rem' }}>
          <Button
            disabled={verifying.loading}
            onClick={() =>
              void verify({ variables: { id: registration.id } })
                .then((result) =>
                  onMessage(
                    'success',
                    t('registrations.verified', { name: result.data?.verifyRegistration.name ?? registration.contactName }),
                  ),
                )
                .catch(fail)
            }
          >
            {t('registrations.verify')}
          </Button>
        </div>
      </div>
      <form
        className="cc-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim().length < 5) return setReasonError(t('request.tooShort'));
          setReasonError(undefined);
          void reject({ variables: { id: registration.id, reason: reason.trim() } })
            .then(() => onMessage('success', t('registrations.rejected')))
            .catch(fail);
        }}
      >
        <TextField
          label={t('registrations.rejectReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError}
        />
        <div style={{ flex: '0 0 auto', marginBottom: '1rem' }}>
          <Button type="submit" variant="secondary" disabled={rejecting.loading}>
            {t('registrations.reject')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** ACC-8, BO-4: registrations from the public form, verified or rejected by Customer Services. */
export function PendingRegistrations() {
  const { t } = useTranslation('backoffice');
  const { data, loading, error, refetch } = useQuery(PendingRegistrationsQuery, { fetchPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const registrations = data?.pendingRegistrations;
  return (
    <div>
      <PageHeader title={t('registrations.title')} />
      <p>{t('registrations.intro')}</p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {error ? (
        <Alert tone="error" title={t('loadError')}>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {loading && !registrations ? <Spinner /> : null}
      {registrations && registrations.length === 0 ? <EmptyState>{t('registrations.none')}</EmptyState> : null}
      {registrations?.map((registration) => (
        <RegistrationCard key={registration.id} registration={registration} onMessage={(tone, text) => setMessage({ tone, text })} />
      ))}
    </div>
  );
}
