import { useMutation } from '@apollo/client/react';
import { Alert, Button, TextField } from '@customer-corner/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignInDocument, StaffSignInDocument } from '../api/identity.operations';
import type { MeFields, SignInResultFields } from '../api/identity.operations';
import { useSession } from '../hooks/session';
import { apiFieldErrors } from '../utils/graphql-errors';
import { returnPathOf, withReturnPath } from '../utils/return-path';
import { signInErrorMessage } from './auth-error-message';
import { PublicLayout } from './public-layout';
import { SecondFactorEnrollment } from './second-factor-enrollment';
import { SecondFactorForm } from './second-factor-form';

export const LOGIN_ID_PATTERN = /^\d{9}$/;

type Step = 'credentials' | 'second-factor' | 'enrollment-required';

/** ACC-5 sign-in (customer users by 9-digit id, staff by e-mail), then the second factor when asked (ACC-10). */
export function SignInPage({ staff = false }: { staff?: boolean }) {
  const { t } = useTranslation('shell');
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ identifier?: string; password?: string; form?: string }>({});
  const [step, setStep] = useState<Step>('credentials');
  const [signIn, customer] = useMutation(SignInDocument);
  const [staffSignIn, staffState] = useMutation(StaffSignInDocument);
  const busy = customer.loading || staffState.loading;
  const returnTo = returnPathOf(location.search);

  function enter(me: MeFields) {
    session.signedIn(me);
    // Back to the page asked for (#18 item 2), also after the second factor or its enrolment.
    navigate(returnTo ?? '/', { replace: true });
  }

  function finish(result: SignInResultFields) {
    if (result.status === 'SIGNED_IN' && result.me) {
      enter(result.me);
    } else if (result.status === 'SECOND_FACTOR_REQUIRED') {
      setStep('second-factor');
    } else {
      setStep('enrollment-required');
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    session.clearNotice();
    const next: typeof errors = {};
    if (!identifier.trim()) next.identifier = t('signIn.required');
    else if (!staff && !LOGIN_ID_PATTERN.test(identifier.trim())) next.identifier = t('signIn.loginIdFormat');
    if (!password) next.password = t('signIn.required');
    setErrors(next);
    if (next.identifier || next.password) return;
    try {
      if (staff) {
        const { data } = await staffSignIn({ variables: { input: { email: identifier.trim(), password } } });
        if (data?.staffSignIn) finish(data.staffSignIn);
      } else {
        const { data } = await signIn({ variables: { input: { loginId: identifier.trim(), password } } });
        if (data?.signIn) finish(data.signIn);
      }
    } catch (caught) {
      const error = caught as Error;
      const fields = apiFieldErrors(error);
      if (fields.length > 0) {
        setErrors({
          identifier: fields.find((f) => f.field === 'loginId' || f.field === 'email')?.message,
          password: fields.find((f) => f.field === 'password')?.message,
        });
      } else {
        setErrors({ form: signInErrorMessage(error, t) });
      }
      setPassword('');
    }
  }

  const notice =
    session.notice === 'expired' ? (
      <Alert tone="warning">{t('signIn.expired')}</Alert>
    ) : session.notice === 'signedOut' ? (
      <Alert tone="info">{t('signIn.signedOut')}</Alert>
    ) : null;

  return (
    <PublicLayout title={staff ? t('signIn.staffTitle') : t('signIn.title')}>
      {notice}
      {step === 'second-factor' ? (
        <SecondFactorForm
          onDone={finish}
          onCancel={() => setStep('credentials')}
          onSessionEnded={() => {
            // Issue #11 §1: the login is locked; back to the password step, saying for how long.
            setPassword('');
            setErrors({ form: t('signIn.codesLocked') });
            setStep('credentials');
          }}
        />
      ) : step === 'enrollment-required' ? (
        <SecondFactorEnrollment onFinished={(me) => (me ? enter(me) : setStep('credentials'))} />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>{staff ? t('signIn.staffIntro') : t('signIn.intro')}</p>
          {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
          {staff ? (
            <TextField
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              value={identifier}
              onChange={(e) => setIdentifier(e.target.value)}
              error={errors.identifier}
            />
          ) : (
            <TextField
              label={t('signIn.loginId')}
              inputMode="numeric"
              autoComplete="username"
              value={identifier}
              onChange={(e) => setIdentifier(e.target.value)}
              error={errors.identifier}
            />
          )}
          <TextField
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
          />
          <Button type="submit" block disabled={busy}>
            {t('signIn.submit')}
          </Button>
        </form>
      )}
      <ul className="shell-links">
        {staff ? (
          <li>
            <Link to={withReturnPath('/sign-in', returnTo)}>{t('signIn.customerLink')}</Link>
          </li>
        ) : (
          <>
            <li>
              <Link to="/forgot-password">{t('signIn.forgot')}</Link>
            </li>
            <li>
              <Link to={withReturnPath('/activate', returnTo)}>{t('signIn.activate')}</Link>
            </li>
            <li>
              <Link to="/register">{t('signIn.register')}</Link>
            </li>
            <li>
              <Link to={withReturnPath('/staff/sign-in', returnTo)}>{t('signIn.staffLink')}</Link>
            </li>
          </>
        )}
      </ul>
    </PublicLayout>
  );
}
