import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert, Badge, Button, Card, DescriptionList, PageHeader, Spinner, useFormats } from '@customer-corner/ui';
import { AttachmentsCard, formatDateTime, requestStatusTone } from '@customer-corner/ui/request-screens';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ChangeRequestDetailQuery } from '../api/requests.operations';
import { problemsOf } from '../utils/graphql-problems';
import { AnswerForm } from './answer-form';
import { ViewerNote } from './viewer-note';

/** REQ-3: the requested change, the history with Customer Services' comments, the documents, and the answer form. */
export function RequestDetail({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('requests');
  const formats = useFormats();
  const { id = '' } = useParams();
  const location = useLocation();
  const submitted = (location.state as { submitted?: string } | null)?.submitted;
  const { data, loading, error, refetch } = useQuery(ChangeRequestDetailQuery, { variables: { id } });
  const request = data?.changeRequest;
  const [answered, setAnswered] = useState(false);

  if (loading && !request) return <Spinner />;
  if (!request) {
    const notFound = problemsOf(error).code === 'NOT_FOUND';
    return (
      <div>
        <p>
          <Link to="..">{t('detail.back')}</Link>
        </p>
        <Alert tone="error" title={notFound ? t('notFound') : t('loadError')}>
          {notFound ? null : (
            <Button variant="secondary" onClick={() => void refetch()}>
              {t('retry')}
            </Button>
          )}
        </Alert>
      </div>
    );
  }

  const valueOf = (field: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return t('detail.empty');
    if (field === 'addressKind') return t(`addressKinds.${value}`, { defaultValue: value });
    return value;
  };

  return (
    <div>
      <p>
        <Link to="..">{t('detail.back')}</Link>
      </p>
      <PageHeader title={t('detail.title', { reference: request.reference })}>
        <Badge tone={requestStatusTone(request.status)}>{t(`statuses.${request.status}`)}</Badge>
      </PageHeader>
      {submitted ? <Alert tone="success">{t('form.submitted', { reference: submitted })}</Alert> : null}
      {answered ? <Alert tone="success">{t('answer.sent')}</Alert> : null}
      <Card title={t('detail.summary')} labelledBy="request-summary">
        <DescriptionList
          items={[
            { key: 'type', term: t('detail.type'), value: t(`types.${request.type}`) },
            { key: 'status', term: t('detail.status'), value: t(`statuses.${request.status}`) },
            { key: 'created', term: t('detail.createdAt'), value: formatDateTime(request.createdAt, formats.locale) },
            { key: 'by', term: t('detail.submittedBy'), value: request.submittedByName },
            ...(request.contractNumber ? [{ key: 'contract', term: t('detail.contract'), value: request.contractNumber }] : []),
            ...(request.rejectionReason ? [{ key: 'reason', term: t('detail.rejectionReason'), value: request.rejectionReason }] : []),
          ]}
        />
      </Card>
      <Card title={t('detail.requestedChange')} labelledBy="request-change">
        <DescriptionList
          items={request.requestedChange.map((detail) => ({
            key: detail.field,
            term: t(`fields.${detail.field}`, { defaultValue: detail.field }),
            value: valueOf(detail.field, detail.value),
          }))}
        />
      </Card>
      {request.status === 'MORE_INFORMATION_NEEDED' ? (
        readOnly ? (
          <ViewerNote />
        ) : (
          <AnswerForm requestId={request.id} onAnswered={() => setAnswered(true)} />
        )
      ) : null}
      <Card title={t('detail.history')} labelledBy="request-history">
        <ol className="cc-stack" style={{ paddingLeft: '1.25rem', margin: 0 }}>
          {request.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <strong>{t(`historyKinds.${entry.kind}`)}</strong> — {formatDateTime(entry.at, formats.locale)} —{' '}
              {entry.actorKind === 'STAFF' ? t('customerServices') : entry.actorName}
              {entry.comment ? (
                <blockquote style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-wrap' }} aria-label={t('detail.historyComment')}>
                  {entry.comment}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
      <AttachmentsCard attachments={request.attachments} labelledBy="request-attachments" />
    </div>
  );
}
