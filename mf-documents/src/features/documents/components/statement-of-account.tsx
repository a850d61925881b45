import { buttonClassName, Card, TextField } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statementUrl } from '../utils/download-urls';

/** DOC-8: the statement of account (open items, paid items, balance) at a date, as a PDF. */
export function StatementOfAccount({ today }: { today: string }) {
  const { t } = useTranslation('documents');
  const [date, setDate] = useState(today);
  const future = date > today;
  return (
    <Card title={t('statement.title')} labelledBy="documents-statement-title">
      <p>{t('statement.intro')}</p>
      <TextField
        label={t('statement.date')}
        type="date"
        value={date}
        max={today}
        onChange={(event) => setDate(event.target.value)}
        error={future ? t('statement.future') : undefined}
      />
      {date && !future ? (
        <a className={buttonClassName('secondary')} href={statementUrl(date)} target="_blank" rel="noopener">
          {t('statement.download')}
        </a>
      ) : null}
    </Card>
  );
}
