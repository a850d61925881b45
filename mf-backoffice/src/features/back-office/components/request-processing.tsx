import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  DataTable,
  DescriptionList,
  PageHeader,
  Spinner,
  TextAreaField,
  useFormats,
} from '@customer-corner/ui';
import { AttachmentsCard, formatDateTime, requestStatusTone } from '@customer-corner/ui/request-screens';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  ApproveRequestMutation,
  AskForInformationMutation,
  BackOfficeRequestQuery,
  RejectRequestMutation,
  TakeRequestMutation,
} from '../api/back-office.operations';
import { useProblemText } from '../utils/use-problem-text';

type Done = 'take' | 'ask' | 'approveFirst' | 'approve' | 'reject';

interface ComparisonRow {
  field: string;
  current: string | null;
  requested: string | null;
}

/** BO-3: current data beside the requested change, documents, history, and the four actions. */
export function RequestProcessing({ staffName }: { staffName: string | null }) {
  const { t } = useTranslation('backoffice');
  const problemText = useProblemText();
  const formats = useFormats();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BackOfficeRequestQuery, { variables: { id } });
  const [take, taking] = useMutation(TakeRequestMutation);
  const [ask, asking] = useMutation(AskForInformationMutation);
  const [approve, approving] = useMutation(ApproveRequestMutation);
  const [reject, rejecting] = useMutation(RejectRequestMutation);
  const [question, setQuestion] = useState('');
  const [reason, setReason] = useState('');
  const [questionError, setQuestionError] = useState<string | undefined>();
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [done, setDone] = useState<Done | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const item = data?.backOfficeRequest;
  const busy = taking.loading || asking.loading || approving.loading || rejecting.loading;

  if (loading && !item) return <Spinner />;
  if (!item) {
    return (
      <div>
        <p>
          <Link to="..">{t('request.back')}</Link>
        </p>
        <Alert tone="error" title={t('loadError')}>
          {error ? (
            <Button variant="secondary" onClick={() => void refetch()}>
              {t('retry')}
            </Button>
          ) : null}
        </Alert>
      </div>
    );
  }

  const request = item.request;
  const open = request.status !== 'COMPLETED' && request.status !== 'REJECTED';
  const isBankDetails = request.type === 'BANK_DETAILS';
  // REQ-4: the first approver cannot also be the second; said before the click, not after.
  const approvedByMe = isBankDetails && !!item.firstApproverName && item.firstApproverName === staffName;
  // #18 item 22: "Take" only while nobody handles the request; someone else's can be taken over.
  const takenByMe = !!item.assigneeName && item.assigneeName === staffName;

  async function run(action: () => Promise<unknown>, success: Done) {
    setFailure(null);
    setDone(null);
    try {
      await action();
      setDone(success);
    } catch (e) {
      setFailure(problemText(e));
    }
  }

  async function onAsk(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (question.trim().length < 5) return setQuestionError(t('request.tooShort'));
    setQuestionError(undefined);
    await run(async () => {
      await ask({ variables: { id: item!.id, comment: question.trim() } });
      setQuestion('');
    }, 'ask');
  }

  async function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim().length < 5) return setReasonError(t('request.tooShort'));
    setReasonError(undefined);
    await run(() => reject({ variables: { id: item!.id, reason: reason.trim() } }), 'reject');
  }

  const value = (field: string, raw: string | null) => {
    if (raw === null || raw === '') return t('none');
    if (field === 'addressKind') return t(`addressKinds.${raw}`, { defaultValue: raw });
    // An IBAN is compared by eye: grouped by four like on paper.
    if (field === 'iban') return raw.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
    return raw;
  };
  // #18 item 22: no billing address of its own means invoices go to the registered office — said as on the company page.
  const addressFields = ['street', 'postalCode', 'city', 'country'];
  const billingSameAsOffice =
    item.currentValues.some((v) => v.field === 'addressKind' && v.value === 'BILLING') &&
    item.currentValues.filter((v) => addressFields.includes(v.field)).every((v) => !v.value);
  const currentValue = (field: string, raw: string | null) =>
    billingSameAsOffice && addressFields.includes(field)
      ? field === 'street'
        ? t('request.sameAsRegisteredOffice')
        : ''
      : value(field, raw);
  const fields = [...new Set([...item.currentValues.map((v) => v.field), ...item.requestedValues.map((v) => v.field)])];
  const rows: ComparisonRow[] = fields.map((field) => ({
    field,
    current: item.currentValues.find((v) => v.field === field)?.value ?? null,
    requested: item.requestedValues.find((v) => v.field === field)?.value ?? null,
  }));

  return (
    <div>
      <p>
        <Link to="..">{t('request.back')}</Link>
      </p>
      <PageHeader title={t('request.title', { reference: request.reference })}>
        <Badge tone={requestStatusTone(request.status)}>{t(`statuses.${request.status}`)}</Badge>
      </PageHeader>
      {done ? <Alert tone="success">{t(`request.done.${done}`)}</Alert> : null}
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <Card>
        <DescriptionList
          items={[
            { key: 'type', term: t('queue.columns.type'), value: t(`types.${request.type}`) },
            { key: 'customer', term: t('request.customer'), value: `${item.customer.name} (${item.customer.customerNumber})` },
            { key: 'by', term: t('request.submittedBy'), value: request.submittedByName },
            { key: 'at', term: t('request.submittedAt'), value: formatDateTime(request.createdAt, formats.locale) },
            { key: 'assignee', term: t('request.assignee'), value: item.assigneeName ?? t('queue.unassigned') },
            ...(request.contractNumber ? [{ key: 'contract', term: t('request.contract'), value: request.contractNumber }] : []),
          ]}
        />
      </Card>
      <Card title={t('request.comparison')} labelledBy="bo-comparison">
        <DataTable
          caption={t('request.comparisonCaption')}
          captionHidden
          rows={rows}
          rowKey={(row) => row.field}
          columns={[
            {
              key: 'field',
              header: t('request.field'),
              rowHeader: true,
              cell: (row) => t(`fields.${row.field}`, { defaultValue: row.field }),
            },
            { key: 'current', header: t('request.current'), cell: (row) => currentValue(row.field, row.current) },
            {
              key: 'requested',
              header: t('request.requested'),
              cell: (row) =>
                row.current !== row.requested ? <strong>{value(row.field, row.requested)}</strong> : value(row.field, row.requested),
            },
          ]}
        />
      </Card>
      <Card title={t('request.actions')} labelledBy="bo-actions">
        {open ? (
          <div className="cc-stack">
            {isBankDetails ? (
              <Alert tone="warning">
                {item.firstApproverName ? t('request.fourEyesSecond', { name: item.firstApproverName }) : t('request.fourEyesFirst')}
              </Alert>
            ) : null}
            {approvedByMe ? <p>{t('request.alreadyApproved')}</p> : null}
            <div className="cc-row" style={{ alignItems: 'center' }}>
              {takenByMe ? null : (
                <div style={{ flex: '0 0 auto' }}>
                  <Button variant="secondary" disabled={busy} onClick={() => void run(() => take({ variables: { id: item.id } }), 'take')}>
                    {item.assigneeName ? t('request.takeOver') : t('request.take')}
                  </Button>
                </div>
              )}
              <div style={{ flex: '0 0 auto' }}>
                <Button
                  disabled={busy || approvedByMe || request.status === 'MORE_INFORMATION_NEEDED'}
                  onClick={() =>
                    void run(() => approve({ variables: { id: item.id } }), item.nextApprovalCompletes ? 'approve' : 'approveFirst')
                  }
                >
                  {item.nextApprovalCompletes ? t('request.approve') : t('request.approveFirst')}
                </Button>
              </div>
            </div>
            <form onSubmit={(event) => void onAsk(event)} aria-labelledby="bo-ask">
              <h3 id="bo-ask">{t('request.askTitle')}</h3>
              <TextAreaField
                label={t('request.askComment')}
                value={question}
                rows={3}
                onChange={(event) => setQuestion(event.target.value)}
                error={questionError}
              />
              <Button type="submit" variant="secondary" disabled={busy}>
                {t('request.ask')}
              </Button>
            </form>
            <form onSubmit={(event) => void onReject(event)} aria-labelledby="bo-reject">
              <h3 id="bo-reject">{t('request.rejectTitle')}</h3>
              <TextAreaField
                label={t('request.rejectReason')}
                value={reason}
                rows={3}
                onChange={(event) => setReason(event.target.value)}
                error={reasonError}
              />
              <Button type="submit" variant="secondary" disabled={busy}>
                {t('request.reject')}
              </Button>
            </form>
          </div>
        ) : (
          <p>{t('request.closed')}</p>
        )}
      </Card>
      <AttachmentsCard attachments={request.attachments} labelledBy="bo-attachments" />
      <Card title={t('request.history')} labelledBy="bo-history">
        <ol style={{ paddingLeft: '1.25rem', margin: 0 }}>
          {request.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`} style={{ marginBottom: '0.5rem' }}>
              <strong>{t(`historyKinds.${entry.kind}`)}</strong> — {formatDateTime(entry.at, formats.locale)} — {entry.actorName}
              {entry.comment ? <blockquote style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-wrap' }}>{entry.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
