import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, TextAreaField } from '@customer-corner/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerChangeRequestMutation } from '../api/requests.operations';
import type { UploadedAttachment } from '../api/upload-attachments';
import { oneProblemPerField } from '@customer-corner/ui/api-problems';
import { problemsOf } from '../utils/graphql-problems';
import { useProblemText } from '../utils/use-problem-text';
import { AttachmentPicker } from './attachment-picker';

/** The gateway's limits for an answer (change-request.service.ts), said in the messages (#18 item 12). */
const ANSWER_LIMITS = { min: 2, max: 4000 };

/** REQ-3: the customer answers Customer Services' question, with text and new documents. */
export function AnswerForm({ requestId, onAnswered }: { requestId: string; onAnswered: () => void }) {
  const { t } = useTranslation('requests');
  const problemText = useProblemText();
  const [comment, setComment] = useState('');
  const [attachments, setAttachments] = useState<UploadedAttachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [refusedFiles, setRefusedFiles] = useState(false);
  const [guardAsked, setGuardAsked] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const sending = useRef(false);
  const [answer, { loading }] = useMutation(AnswerChangeRequestMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    // #18 item 5: never send without a file the user chose.
    setGuardAsked(true);
    if (uploading || refusedFiles) return;
    const text = comment.trim();
    if (text.length < 2) {
      setProblem(problemText(text ? 'TOO_SHORT' : 'REQUIRED', ANSWER_LIMITS));
      return;
    }
    setProblem(null);
    setFormError(null);
    sending.current = true;
    try {
      await answer({ variables: { id: requestId, comment: text, attachmentIds: attachments.map((a) => a.id) } });
      onAnswered();
    } catch (error) {
      const { code, fields } = problemsOf(error as Error);
      const fieldCode = oneProblemPerField(fields)['comment'];
      if (fieldCode) setProblem(problemText(fieldCode, ANSWER_LIMITS));
      else setFormError(code === 'FORBIDDEN' ? t('form.forbidden') : t('form.failed'));
    } finally {
      sending.current = false;
    }
  }

  return (
    <Card title={t('answer.title')} labelledBy="answer-title">
      <p>{t('answer.intro')}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextAreaField
          label={`${t('answer.comment')} *`}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={problem ?? undefined}
        />
        <AttachmentPicker
          attachments={attachments}
          onChange={setAttachments}
          onBusyChange={setUploading}
          onRefusedChange={setRefusedFiles}
          disabled={loading}
        />
        {guardAsked && uploading ? <Alert tone="error">{t('attachmentGuard.stillUploading')}</Alert> : null}
        {guardAsked && !uploading && refusedFiles ? <Alert tone="error">{t('attachmentGuard.refusedBlocks')}</Alert> : null}
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Button type="submit" disabled={loading}>
          {loading ? t('answer.sending') : t('answer.send')}
        </Button>
      </form>
    </Card>
  );
}
