import { buttonClassName, Card, SelectField, TextField } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recentYears } from '../utils/calendar';
import { accountantPackUrl } from '../utils/download-urls';

/** DOC-7: one ZIP for a fiscal year (calendar year) or any period: every PDF, every UBL file and a CSV ledger. */
export function AccountantPack({ today }: { today: string }) {
  const { t } = useTranslation('documents');
  const years = recentYears(today);
  const [choice, setChoice] = useState(String(years[1] ?? years[0]));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const custom = choice === 'custom';
  const period = custom ? { from, to } : { from: `${choice}-01-01`, to: `${choice}-12-31` };
  const problem = custom && (!from || !to) ? t('accountant.incomplete') : custom && from > to ? t('accountant.invalid') : null;

  return (
    <Card title={t('accountant.title')} labelledBy="documents-accountant-title">
      <p>{t('accountant.intro')}</p>
      <SelectField
        label={t('accountant.period')}
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        options={[
          ...years.map((year) => ({ value: String(year), label: t('accountant.fiscalYear', { year }) })),
          { value: 'custom', label: t('accountant.custom') },
        ]}
      />
      {custom ? (
        <div className="cc-row">
          <TextField label={t('accountant.from')} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          <TextField
            label={t('accountant.to')}
            type="date"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            error={from && to && from > to ? t('accountant.invalid') : undefined}
          />
        </div>
      ) : null}
      {problem ? (
        <p role="status">{problem}</p>
      ) : (
        <a className={buttonClassName('secondary')} href={accountantPackUrl(period.from, period.to)} download>
          {t('accountant.download')}
        </a>
      )}
    </Card>
  );
}
