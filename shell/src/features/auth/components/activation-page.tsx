import { useMutation } from '@apollo/client/react';
import { Alert, Button, TextField } from '@customer-corner/ui';
import { brokenLocalRules, isPasswordRule, type PasswordRule } from '@customer-corner/ui/password-rules';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ActivateAccessDocument } from '../api/identity.operations';
import type { SignInResultFields } from '../api/identity.operations';
import { useSession } from '../hooks/session';
import { apiErrorCode, apiErrorReason, apiFieldErrors } from '../utils/graphql-errors';
import { returnPathOf, withReturnPath } from '../utils/return-path';
import { signInErrorMessage } from './auth-error-message';
import { NewPasswordFields } from './new-password-fields';
import { PublicLayout } from './public-layout';
import { SecondFactorEnrollment } from './second-factor-enrollment';
import { SecondFactorForm } from './second-factor-form';
import { LOGIN_ID_PATTERN } from './sign-in-page';

interface Errors {
  loginId?: string;
  temporaryPassword?: string;
  newPassword?: string;
  confirmation?: string;
  form?: string;
}

/** ACC-3/ACC-4: id + temporary password from the e-mail → the final password, each rule shown live. */
export function ActivationPage() {
  const { t } = useTranslation('shell');
  const session = useSession();
  const navigate = useNavigate();
  const returnTo = returnPathOf(useLocation().search);
  const [loginId, setLoginId] = useState('');
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [refusedRules, setRefusedRules] = useState<PasswordRule[]>([]);
  const [secondFactor, setSecondFactor] = useState<'verify' | 'enroll' | null>(null);
  const [activate, { loading }] = useMutation(ActivateAccessDocument);

  function finish(result: SignInResultFields) {
    if (result.status === 'SIGNED_IN' && result.me) {
      session.signedIn(result.me, 'activated');
      navigate(returnTo ?? '/', { replace: true });
    } else if (result.status === 'SECOND_FACTOR_REQUIRED') {
      setSecondFactor('verify');
    } else {
      setSecondFactor('enroll');
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {};
    if (!LOGIN_ID_PATTERN.test(loginId.trim())) next.loginId = t('signIn.loginIdFormat');
    if (!temporaryPassword) next.temporaryPassword = t('signIn.required');
    if (brokenLocalRules(password).length > 0) next.newPassword = t('activation.fixRules');
    if (password !== confirmation) next.confirmation = t('activation.mismatch');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      const { data } = await activate({ variables: { input: { loginId: loginId.trim(), temporaryPassword, newPassword: password } } });
      if (data?.activateAccess) finish(data.activateAccess);
    } catch (caught) {
      const error = caught as Error;
      const fields = apiFieldErrors(error);
      if (fields.length > 0) {
        const rules = fields.map((f) => f.code).filter(isPasswordRule);
        setRefusedRules(rules);
        setErrors({
          loginId: fields.find((f) => f.field === 'loginId')?.message,
          temporaryPassword: fields.find((f) => f.field === 'temporaryPassword')?.message,
          newPassword: rules.length > 0 ? t('activation.fixRules') : fields.find((f) => f.field === 'newPassword')?.message,
        });
      } else if (apiErrorCode(error) === 'UNAUTHENTICATED') {
        setErrors({
          form:
            apiErrorReason(error) === 'TEMPORARY_PASSWORD_EXPIRED'
              ? t('activation.expiredCredentials')
              : t('activation.invalidCredentials'),
        });
      } else {
        setErrors({ form: signInErrorMessage(error, t) });
      }
    }
  }

  return (
    <PublicLayout title={t('activation.title')}>
      {secondFactor === 'enroll' ? (
        <SecondFactorEnrollment
          onFinished={(me) => {
            if (me) {
              session.signedIn(me, 'activated');
              navigate(returnTo ?? '/', { replace: true });
            } else setSecondFactor(null);
          }}
        />
      ) : secondFactor === 'verify' ? (
        <SecondFactorForm onDone={finish} onCancel={() => setSecondFactor(null)} />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>{t('activation.intro')}</p>
          {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
          <TextField
            label={t('activation.loginId')}
            inputMode="numeric"
            autoComplete="username"
            value={loginId}
            onChange={(e) => setLoginId(e.target.value)}
            error={errors.loginId}
          />
          <TextField
            label={t('activation.temporaryPassword')}
            type="password"
            autoComplete="one-time-code"
            value={temporaryPassword}
            onChange={(e) => setTemporaryPassword(e.target.value)}
            error={errors.temporaryPassword}
          />
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPasswordChange={(value) => {
              setPassword(value);
              setRefusedRules([]);
            }}
            onConfirmationChange={setConfirmation}
            loginId={loginId.trim()}
            refusedRules={refusedRules}
            passwordError={errors.newPassword}
            confirmationError={errors.confirmation}
          />
          <Button type="submit" block disabled={loading}>
            {t('activation.submit')}
          </Button>
        </form>
      )}
      <p className="shell-links">
        <Link to={withReturnPath('/sign-in', returnTo)}>{t('activation.backToSignIn')}</Link>
      </p>
    </PublicLayout>
  );
}
