import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../formats/date-time-and-size';
import { localeOf } from '../formats/portal-language';
import { addTranslations } from '../i18n/add-translations';
import { Card } from './layout';

/** What the card shows of one file attached to a request (REQ-3). */
export interface AttachmentLink {
  id: string;
  fileName: string;
  sizeBytes: number;
  downloadUrl: string;
}

export const attachmentsNamespace = 'attachments';

/** The card's words, registered when it first shows (they are not in the index's bundle). */
export const attachmentsWords = {
  fr: { title: 'Pièces jointes', none: 'Aucune pièce jointe.', download: 'Télécharger {{name}}' },
  nl: { title: 'Bijlagen', none: 'Geen bijlagen.', download: '{{name}} downloaden' },
  en: { title: 'Attachments', none: 'No attachments.', download: 'Download {{name}}' },
};

/**
 * REQ-3 / BO-2: the files of a request, each a download link named after its file (the accessible
 * name says "download"), with its size in the reader's language. For the customer's request and the
 * back office's request processing alike.
 */
export function AttachmentsCard({ attachments, labelledBy }: { attachments: readonly AttachmentLink[]; labelledBy: string }) {
  const { t, i18n } = useTranslation(attachmentsNamespace);
  useState(() => addTranslations(i18n, attachmentsNamespace, attachmentsWords));
  const locale = localeOf(i18n.language);
  return (
    <Card title={t('title')} labelledBy={labelledBy}>
      {attachments.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul>
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={attachment.downloadUrl} download={attachment.fileName} aria-label={t('download', { name: attachment.fileName })}>
                {attachment.fileName}
              </a>{' '}
              ({formatFileSize(attachment.sizeBytes, locale)})
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
