import { Alert, Button, TextField } from '@customer-corner/ui';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Issue #11 §1 (ACC-10, ACC-11): switching into a login that has a second factor needs that login's
 * code once per session. This modal asks for it; the switch itself is retried by the caller, which
 * passes back the sentence to show when the code was refused (wrong, or the login got locked).
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
  const input = useRef<HTMLInputElement>(null);

  // A refused code is cleared and the field takes the focus again, so the next try is one keystroke away.
  useEffect(() => {
    if (error) {
      setCode('');
      input.current?.focus();
    }
  }, [error]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.trim();
    setMissing(!trimmed);
    if (trimmed) onSubmit(trimmed);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    }
  }

  return (
    <div className="shell-dialog-backdrop">
      <div className="shell-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={introId} onKeyDown={onKeyDown}>
        <form onSubmit={submit} noValidate>
          <h2 id={titleId}>{t('account.switchCodeTitle', { loginId })}</h2>
          <p id={introId}>{t('account.switchCodeIntro')}</p>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <TextField
            ref={input}
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
