import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Spinner, TextField } from '@customer-corner/ui';
import { QrCode } from '@customer-corner/ui/qr-code';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmSecondFactorEnrollmentDocument, MeDocument, StartSecondFactorEnrollmentDocument } from '../api/identity.operations';
import type { MeFields } from '../api/identity.operations';
import { apiErrorCode } from '../utils/graphql-errors';
import { signInErrorMessage } from './auth-error-message';

export const TOTP_CODE_PATTERN = /^\d{6}$/;

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to type from a phone screen. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * ACC-10 enrollment when a sign-in or an activation answers SECOND_FACTOR_ENROLLMENT_REQUIRED: the
 * TOTP secret (grouped in 4s, and as an otpauth:// link for an app on the same phone), a first
 * 6-digit code, then the 10 recovery codes shown once. `onFinished` gets the signed-in user.
 */
export function SecondFactorEnrollment({ onFinished }: { onFinished: (me: MeFields | null) => void }) {
  const { t } = useTranslation('shell');
  const client = useApolloClient();
  const [start, started] = useMutation(StartSecondFactorEnrollmentDocument);
  const [confirm, confirming] = useMutation(ConfirmSecondFactorEnrollmentDocument);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [finishing, setFinishing] = useState(false);
  const startedOnce = useRef(false);

  useEffect(() => {
    // Each start issues a new secret: once per screen, also under StrictMode's double effects.
    if (startedOnce.current) return;
    startedOnce.current = true;
    start().catch(() => undefined);
  }, [start]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const trimmed = code.replace(/\s+/g, '');
    if (!TOTP_CODE_PATTERN.test(trimmed)) return setError(t('enrollment.codeFormat'));
    try {
      const { data } = await confirm({ variables: { code: trimmed } });
      if (data) setRecoveryCodes(data.confirmSecondFactorEnrollment.recoveryCodes);
    } catch (caught) {
      const err = caught as Error;
      const codeOfError = apiErrorCode(err);
      setError(codeOfError === 'BAD_USER_INPUT' || codeOfError === 'UNAUTHENTICATED' ? t('enrollment.wrong') : signInErrorMessage(err, t));
      setCode('');
    }
  }

  async function onSaved() {
    setFinishing(true);
    try {
      const { data } = await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
      onFinished(data?.me ?? null);
    } catch {
      onFinished(null);
    }
  }

  if (recoveryCodes) {
    return (
      <section aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">{t('enrollment.recoveryTitle')}</h2>
        <Alert tone="warning">{t('enrollment.recoveryIntro')}</Alert>
        <ol className="shell-recovery-codes" aria-label={t('enrollment.recoveryList')}>
          {recoveryCodes.map((recoveryCode) => (
            <li key={recoveryCode}>
              <code>{recoveryCode}</code>
            </li>
          ))}
        </ol>
        <Button block onClick={() => void onSaved()} disabled={finishing}>
          {t('enrollment.saved')}
        </Button>
      </section>
    );
  }

  const enrollment = started.data?.startSecondFactorEnrollment;
  return (
    <section aria-labelledby="enrollment-title">
      <h2 id="enrollment-title">{t('enrollment.title')}</h2>
      <p>{t('enrollment.intro')}</p>
      {started.error ? (
        <Alert tone="error">{t('enrollment.startFailed')}</Alert>
      ) : !enrollment ? (
        <Spinner label={t('enrollment.preparing')} />
      ) : (
        <>
          <QrCode value={enrollment.otpauthUri} label={t('enrollment.qrLabel')} />
          <dl className="shell-secret">
            <dt>{t('enrollment.secret')}</dt>
            <dd>
              <code>{groupSecret(enrollment.secret)}</code>
            </dd>
          </dl>
          <p>
            <a href={enrollment.otpauthUri}>{t('enrollment.openApp')}</a>
          </p>
          <form onSubmit={onSubmit} noValidate>
            {error ? <Alert tone="error">{error}</Alert> : null}
            <TextField
              label={t('enrollment.code')}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
            />
            <Button type="submit" block disabled={confirming.loading}>
              {t('enrollment.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
