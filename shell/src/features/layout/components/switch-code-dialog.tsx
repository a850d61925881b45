import { Alert, Button, TextField } from '@customer-corner/ui';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Issue #11 §1 (ACC-10, ACC-11): switching into a login that has a second factor needs that login's
 * code once per session. This modal asks for it; the switch itself is retried by the caller, which
 * passes back the sentence to show when the code was refused (wrong, or the login got locked) and
 * mounts a fresh dialog for each refusal, so the field is empty and focused for the next try.
 */
export function SwitchCodeDialog({
  loginId,
  error,
  busy,
  onSubmit,
  onCancel,
}: {
  loginId: string;
  error: string | null;
  busy: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('shell');
  const titleId = useId();
  const introId = useId();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);

  // Escape closes the dialog wherever the focus is inside it (a document listener: the dialog is modal).
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key === 'Escape') onCancel();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onCancel]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.trim();
    setMissing(!trimmed);
    if (trimmed) onSubmit(trimmed);
  }

  return (
    <div className="shell-dialog-backdrop">
      <div className="shell-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={introId}>
        <form onSubmit={submit} noValidate>
          <h2 id={titleId}>{t('account.switchCodeTitle', { loginId })}</h2>
          <p id={introId}>{t('account.switchCodeIntro')}</p>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <TextField
            label={t('account.switchCode')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            error={missing ? t('signIn.required') : undefined}
          />
          <div className="cc-row">
            <Button type="submit" disabled={busy}>
              {t('account.switchCodeSubmit')}
            </Button>
            <Button variant="ghost" onClick={onCancel}>
              {t('account.switchCodeCancel')}
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}
