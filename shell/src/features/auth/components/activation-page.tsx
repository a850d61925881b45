import { useMutation } from '@apollo/client/react';
import { Alert, Button, TextField } from '@customer-corner/ui';
import { brokenLocalRules, brokenPersonalRules, isPasswordRule, type PasswordRule } from '@customer-corner/ui/password-rules';
import { toPortalLanguage } from '@customer-corner/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { storedLanguage } from '../../../app/i18n';
import { choosePortalLanguage, linkLanguageOf } from '../../../app/language-choice';
import { ActivateAccessDocument, VerifyActivationCredentialsDocument } from '../api/identity.operations';
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

/** What step 1 learnt: whose access this is, and the language its company corresponds in. */
interface VerifiedAccess {
  personName: string;
  companyName: string;
  correspondenceLanguage: string;
}

/** The words for a refused id / temporary password, the same for step 1 and for the final submit. */
function credentialsErrorMessage(error: Error, t: TFunction<'shell'>): string {
  if (apiErrorCode(error) !== 'UNAUTHENTICATED') return signInErrorMessage(error, t);
  return apiErrorReason(error) === 'TEMPORARY_PASSWORD_EXPIRED' ? t('activation.expiredCredentials') : t('activation.invalidCredentials');
}

/**
 * ACC-3/ACC-4 in two steps (#18 item 20): 1. the id and temporary password from the e-mail are
 * verified (one counted attempt, as at activation); 2. the final password is chosen with every rule
 * live — name and company included, now that they are known — then the access is activated.
 */
export function ActivationPage() {
  const { t, i18n } = useTranslation('shell');
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = returnPathOf(location.search);
  const [loginId, setLoginId] = useState('');
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const [verified, setVerified] = useState<VerifiedAccess | null>(null);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [refusedRules, setRefusedRules] = useState<PasswordRule[]>([]);
  const [secondFactor, setSecondFactor] = useState<'verify' | 'enroll' | null>(null);
  const [verify, { loading: verifying }] = useMutation(VerifyActivationCredentialsDocument);
  const [activate, { loading }] = useMutation(ActivateAccessDocument);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  // Each step's heading takes the focus, so that a screen reader hears that the page moved on.
  useEffect(() => {
    if (verified) stepHeading.current?.focus();
  }, [verified]);

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

  function backToCredentials(form?: string) {
    setVerified(null);
    setPassword('');
    setConfirmation('');
    setRefusedRules([]);
    setErrors(form ? { form } : {});
  }

  async function onVerify(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {};
    if (!LOGIN_ID_PATTERN.test(loginId.trim())) next.loginId = t('signIn.loginIdFormat');
    if (!temporaryPassword) next.temporaryPassword = t('signIn.required');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      const { data } = await verify({ variables: { input: { loginId: loginId.trim(), temporaryPassword } } });
      const access = data?.verifyActivationCredentials;
      if (!access) return;
      // #18 item 3: the customer's correspondence language comes after a saved choice and the link's ?lang=.
      const language = choosePortalLanguage({
        saved: storedLanguage(),
        link: linkLanguageOf(location.search),
        correspondence: access.correspondenceLanguage,
        browser: navigator.languages,
      });
      if (language !== toPortalLanguage(i18n.language)) await i18n.changeLanguage(language); // not saved: it was not the person's choice
      setVerified(access);
    } catch (caught) {
      setErrors({ form: credentialsErrorMessage(caught as Error, t) });
    }
  }

  async function onActivate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {};
    if (brokenLocalRules(password).length > 0 || (verified && brokenPersonalRules(password, verified).length > 0))
      next.newPassword = t('activation.fixRules');
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
        setErrors({ newPassword: rules.length > 0 ? t('activation.fixRules') : fields.find((f) => f.field === 'newPassword')?.message });
      } else if (apiErrorCode(error) === 'UNAUTHENTICATED') {
        // e.g. the temporary password expired between the two steps: step 1 again, saying why.
        backToCredentials(credentialsErrorMessage(error, t));
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
      ) : verified === null ? (
        <form onSubmit={onVerify} noValidate aria-labelledby="activation-step">
          <h2 id="activation-step">{t('activation.stepCredentials')}</h2>
          <p>{t('activation.credentialsIntro')}</p>
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
          <Button type="submit" block disabled={verifying}>
            {verifying ? t('activation.checking') : t('activation.continue')}
          </Button>
        </form>
      ) : (
        <form onSubmit={onActivate} noValidate aria-labelledby="activation-step">
          <h2 id="activation-step" tabIndex={-1} ref={stepHeading}>
            {t('activation.stepPassword')}
          </h2>
          <p>{t('activation.passwordIntro', { personName: verified.personName, companyName: verified.companyName })}</p>
          {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
          {/* The id stays in the form so that password managers store it with the new password. */}
          <input type="text" name="username" autoComplete="username" value={loginId.trim()} readOnly hidden />
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPasswordChange={(value) => {
              setPassword(value);
              setRefusedRules([]);
            }}
            onConfirmationChange={setConfirmation}
            loginId={loginId.trim()}
            personal={verified}
            refusedRules={refusedRules}
            passwordError={errors.newPassword}
            confirmationError={errors.confirmation}
          />
          <Button type="submit" block disabled={loading}>
            {t('activation.submit')}
          </Button>
          <Button variant="secondary" block onClick={() => backToCredentials()}>
            {t('activation.changeCredentials')}
          </Button>
        </form>
      )}
      <p className="shell-links">
        <Link to={withReturnPath('/sign-in', returnTo)}>{t('activation.backToSignIn')}</Link>
      </p>
    </PublicLayout>
  );
}
