import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@customer-corner/ui';
import { brokenLocalRules, isPasswordRule, type PasswordRule } from '@customer-corner/ui/password-rules';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordDocument } from '../api/identity.operations';
import { apiFieldErrors } from '../utils/graphql-errors';
import { signInErrorMessage } from './auth-error-message';
import { NewPasswordFields } from './new-password-fields';
import { PublicLayout } from './public-layout';

/** ACC-7: the page the e-mailed link opens (/reset-password?token=…): a new password under the ACC-4 rules. */
export function ResetPasswordPage() {
  const { t } = useTranslation('shell');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string; form?: string }>({});
  const [refusedRules, setRefusedRules] = useState<PasswordRule[]>([]);
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(ResetPasswordDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: typeof errors = {};
    if (brokenLocalRules(password).length > 0) next.password = t('activation.fixRules');
    if (password !== confirmation) next.confirmation = t('activation.mismatch');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      await reset({ variables: { input: { token, newPassword: password } } });
      setDone(true);
    } catch (caught) {
      const error = caught as Error;
      const fields = apiFieldErrors(error);
      const rules = fields.map((f) => f.code).filter(isPasswordRule);
      if (rules.length > 0) {
        setRefusedRules(rules);
        setErrors({ password: t('activation.fixRules') });
      } else if (fields.some((f) => f.field === 'token')) {
        setErrors({ form: t('reset.invalidLink') });
      } else {
        setErrors({ form: signInErrorMessage(error, t) });
      }
    }
  }

  return (
    <PublicLayout title={t('reset.title')}>
      {!token ? (
        <Alert tone="error">{t('reset.missingToken')}</Alert>
      ) : done ? (
        <Alert tone="success">{t('reset.done')}</Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPasswordChange={(value) => {
              setPassword(value);
              setRefusedRules([]);
            }}
            onConfirmationChange={setConfirmation}
            refusedRules={refusedRules}
            passwordError={errors.password}
            confirmationError={errors.confirmation}
          />
          <Button type="submit" block disabled={loading}>
            {t('reset.submit')}
          </Button>
        </form>
      )}
      <p className="shell-links">
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </p>
    </PublicLayout>
  );
}
