import { useMutation } from '@apollo/client/react';
import { Alert, Button, TextField } from '@customer-corner/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../api/identity.operations';
import { signInErrorMessage } from './auth-error-message';
import { PublicLayout } from './public-layout';
import { LOGIN_ID_PATTERN } from './sign-in-page';

/** ACC-7: ask for a one-time link; the answer is the same whether the id exists or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('shell');
  const [loginId, setLoginId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (!LOGIN_ID_PATTERN.test(loginId.trim())) return setError(t('signIn.loginIdFormat'));
    setError(null);
    try {
      await request({ variables: { loginId: loginId.trim() } });
      setSent(true);
    } catch (caught) {
      setFormError(signInErrorMessage(caught as Error, t));
    }
  }

  return (
    <PublicLayout title={t('forgot.title')}>
      {sent ? (
        <Alert tone="success">{t('forgot.sent')}</Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>{t('forgot.intro')}</p>
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <TextField
            label={t('forgot.loginId')}
            inputMode="numeric"
            autoComplete="username"
            value={loginId}
            onChange={(e) => setLoginId(e.target.value)}
            error={error ?? undefined}
          />
          <Button type="submit" block disabled={loading}>
            {t('forgot.submit')}
          </Button>
        </form>
      )}
      <p className="shell-links">
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </p>
    </PublicLayout>
  );
}
