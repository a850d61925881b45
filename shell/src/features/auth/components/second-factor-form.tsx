import { useMutation } from '@apollo/client/react';
import { Alert, Button, TextField } from '@customer-corner/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VerifySecondFactorDocument } from '../api/identity.operations';
import type { SignInResultFields } from '../api/identity.operations';
import { apiErrorCode, apiErrorReason } from '../utils/graphql-errors';
import { signInErrorMessage } from './auth-error-message';

/**
 * ACC-10: the second step of a sign-in, with a TOTP code or a recovery code. When the gateway ends the
 * pending sign-in (SESSION_ENDED: too many wrong codes locked the login, issue #11 §1), typing more
 * codes here can never succeed, so the form hands over to `onSessionEnded`.
 */
export function SecondFactorForm({
  onDone,
  onCancel,
  onSessionEnded,
}: {
  onDone: (result: SignInResultFields) => void;
  onCancel: () => void;
  onSessionEnded?: () => void;
}) {
  const { t } = useTranslation('shell');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [verify, { loading }] = useMutation(VerifySecondFactorDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!code.trim()) return setError(t('signIn.required'));
    try {
      const { data } = await verify({ variables: { code: code.trim() } });
      if (data?.verifySecondFactor) onDone(data.verifySecondFactor);
    } catch (caught) {
      const err = caught as Error;
      if (onSessionEnded && apiErrorReason(err) === 'SESSION_ENDED') return onSessionEnded();
      setError(
        apiErrorCode(err) === 'UNAUTHENTICATED' || apiErrorCode(err) === 'BAD_USER_INPUT'
          ? t('secondFactor.wrong')
          : signInErrorMessage(err, t),
      );
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">{t('secondFactor.title')}</h2>
      <p>{t('secondFactor.intro')}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField
        label={t('secondFactor.code')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoComplete="one-time-code"
        inputMode="text"
        autoFocus
      />
      <div className="cc-row">
        <Button type="submit" disabled={loading}>
          {t('secondFactor.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('secondFactor.cancel')}
        </Button>
      </div>
    </form>
  );
}
