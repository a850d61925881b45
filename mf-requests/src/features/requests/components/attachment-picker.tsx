import { Alert, Button, TextField, useFormats } from '@customer-corner/ui';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptAttribute, MAX_FILES, obviousProblem, uploadAttachments, type UploadedAttachment } from '../api/upload-attachments';
import { formatFileSize } from '@customer-corner/ui/request-screens';
import { useProblemText } from '../utils/use-problem-text';

export interface AttachmentPickerProps {
  attachments: readonly UploadedAttachment[];
  onChange: (attachments: UploadedAttachment[]) => void;
  onBusyChange: (busy: boolean) => void;
  /** Whether a chosen file was refused and is still waiting for the user's decision (#18 item 5). */
  onRefusedChange: (refused: boolean) => void;
  disabled?: boolean;
}

/** A chosen file that is not attached, and why. */
interface RefusedFile {
  key: string;
  name: string;
  reason: string;
}

/**
 * REQ-2: files are sent to /uploads as soon as they are chosen; the form then only carries their
 * ids. What is obviously wrong (size, type, count) is refused here; the server checks the content.
 * A refused file stays listed until the user removes it or chooses another: the form does not go
 * out silently without a file the user meant to attach (#18 item 5).
 */
export function AttachmentPicker({ attachments, onChange, onBusyChange, onRefusedChange, disabled }: AttachmentPickerProps) {
  const { t } = useTranslation('requests');
  const problemText = useProblemText();
  const { locale } = useFormats();
  const [refused, setRefused] = useState<RefusedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const listId = useId();

  function updateRefused(next: RefusedFile[]) {
    setRefused(next);
    onRefusedChange(next.length > 0);
  }

  const refusedOf = (files: readonly File[], reason: string, from: number): RefusedFile[] =>
    files.map((file, index) => ({ key: `${inputKey}-${from + index}-${file.name}`, name: file.name, reason }));

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    setInputKey((key) => key + 1);
    if (files.length === 0) return;
    if (attachments.length + files.length > MAX_FILES) {
      updateRefused(refusedOf(files, t('attachments.tooMany'), 0));
      return;
    }
    const found: RefusedFile[] = [];
    const acceptable = files.filter((file, index) => {
      const problem = obviousProblem(file);
      if (problem) found.push(...refusedOf([file], problemText(problem), index));
      return !problem;
    });
    updateRefused(found);
    if (acceptable.length === 0) return;
    setBusy(true);
    onBusyChange(true);
    try {
      const result = await uploadAttachments(acceptable);
      if (result.ok) onChange([...attachments, ...result.attachments]);
      else {
        // The gateway stores nothing when any file is refused: every file of this choice is not attached.
        const reasonOf = (file: File) => {
          const problem =
            result.files.find((p) => p.name === file.name) ??
            (result.files.length === 1 && !result.files[0]?.name ? result.files[0] : undefined);
          return problem ? problemText(problem.code, {}, problem.message) : t('attachments.failed');
        };
        updateRefused([
          ...found,
          ...acceptable.map((file, index) => ({ key: `${inputKey}-ok-${index}-${file.name}`, name: file.name, reason: reasonOf(file) })),
        ]);
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
      {refused.length ? (
        <Alert tone="error" title={t('attachmentGuard.refusedTitle')}>
          <ul>
            {refused.map((file) => (
              <li key={file.key}>
                {t('attachmentGuard.refusedFile', { name: file.name, reason: file.reason })}{' '}
                <Button
                  variant="ghost"
                  onClick={() => updateRefused(refused.filter((other) => other.key !== file.key))}
                  disabled={disabled}
                >
                  {t('attachmentGuard.dismiss', { name: file.name })}
                </Button>
              </li>
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
