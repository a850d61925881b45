import { Alert, Button, TextField, useFormats } from '@customer-corner/ui';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptAttribute, MAX_FILES, obviousProblem, uploadAttachments, type UploadedAttachment } from '../api/upload-attachments';
import { formatFileSize } from '../utils/request-tones';

export interface AttachmentPickerProps {
  attachments: readonly UploadedAttachment[];
  onChange: (attachments: UploadedAttachment[]) => void;
  onBusyChange: (busy: boolean) => void;
  disabled?: boolean;
}

/**
 * REQ-2: files are sent to /uploads as soon as they are chosen; the form then only carries their
 * ids. What is obviously wrong (size, type, count) is refused here; the server checks the content.
 */
export function AttachmentPicker({ attachments, onChange, onBusyChange, disabled }: AttachmentPickerProps) {
  const { t } = useTranslation('requests');
  const { locale } = useFormats();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const listId = useId();

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    setInputKey((key) => key + 1);
    if (files.length === 0) return;
    const found: string[] = [];
    if (attachments.length + files.length > MAX_FILES) {
      setProblems([t('attachments.tooMany')]);
      return;
    }
    const acceptable = files.filter((file) => {
      const problem = obviousProblem(file);
      if (problem) found.push(t('attachments.fileProblem', { name: file.name, problem: t(`errors.${problem}`) }));
      return !problem;
    });
    setProblems(found);
    if (acceptable.length === 0) return;
    setBusy(true);
    onBusyChange(true);
    try {
      const result = await uploadAttachments(acceptable);
      if (result.ok) onChange([...attachments, ...result.attachments]);
      else {
        const fileProblems = result.files.map((p) =>
          p.name
            ? t('attachments.fileProblem', { name: p.name, problem: t(`errors.${p.code}`, { defaultValue: p.message }) })
            : t(`errors.${p.code}`, { defaultValue: p.message }),
        );
        setProblems([...found, ...(fileProblems.length ? fileProblems : [t('attachments.failed')])]);
      }
    } finally {
      setBusy(false);
      onBusyChange(false);
    }
  }

  return (
    <div>
      <TextField
        key={inputKey}
        type="file"
        multiple
        accept={acceptAttribute}
        label={t('attachments.label')}
        hint={t('attachments.hint')}
        onChange={(event) => void onFiles(event)}
        disabled={disabled || busy || attachments.length >= MAX_FILES}
      />
      {busy ? <p role="status">{t('attachments.uploading')}</p> : null}
      {problems.length ? (
        <Alert tone="error">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {attachments.length ? (
        <>
          <p id={listId} className="cc-label">
            {t('attachments.listLabel')}
          </p>
          <ul aria-labelledby={listId}>
            {attachments.map((attachment) => (
              <li key={attachment.id}>
                {attachment.fileName} ({formatFileSize(attachment.sizeBytes, locale)}){' '}
                <Button
                  variant="ghost"
                  aria-label={t('attachments.remove', { name: attachment.fileName })}
                  onClick={() => onChange(attachments.filter((a) => a.id !== attachment.id))}
                  disabled={disabled}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
