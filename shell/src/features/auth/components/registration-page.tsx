import { useMutation } from '@apollo/client/react';
import { Alert, Button, TextField } from '@customer-corner/ui';
import { apiProblemCodes } from '@customer-corner/ui/api-problems';
import { enterpriseNumberProblem } from '@customer-corner/ui/enterprise-number';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegisterAdministrativeContactDocument } from '../api/identity.operations';
import { apiErrorCode, apiFieldErrors } from '../utils/graphql-errors';
import { signInErrorMessage } from './auth-error-message';
import { PublicLayout } from './public-layout';

type FieldName = 'customerNumber' | 'contractNumber' | 'enterpriseNumber' | 'contactName' | 'email' | 'phone';
const FIELDS: readonly FieldName[] = ['customerNumber', 'contractNumber', 'enterpriseNumber', 'contactName', 'email', 'phone'];
type Values = Record<FieldName, string>;
type Problems = Partial<Record<FieldName, string>>;

const EMPTY: Values = { customerNumber: '', contractNumber: '', enterpriseNumber: '', contactName: '', email: '', phone: '' };

/** What the form itself can tell before sending; the gateway checks everything again (ACC-8). */
function localProblems(values: Values): Problems {
  const problems: Problems = {};
  for (const field of FIELDS) if (!values[field].trim()) problems[field] = 'REQUIRED';
  if (!problems.customerNumber && !/^\d{8}$/.test(values.customerNumber.replace(/\s/g, '')))
    problems.customerNumber = 'CUSTOMER_NUMBER_INVALID';
  const enterprise = enterpriseNumberProblem(values.enterpriseNumber, { complete: true });
  if (!problems.enterpriseNumber && enterprise) problems.enterpriseNumber = enterprise;
  return problems;
}

/**
 * ACC-8 (issue #19 §5): a customer that never gave an administrative contact registers one. The
 * gateway answers the same whether or not the numbers match, so the page confirms the same way;
 * Customer Services verify in the back office, then the activation e-mail follows (ACC-2).
 */
export function RegistrationPage() {
  const { t, i18n } = useTranslation('shell');
  const [values, setValues] = useState<Values>(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [enterpriseLeft, setEnterpriseLeft] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [register, { loading }] = useMutation(RegisterAdministrativeContactDocument);

  const words = (code: string | undefined) =>
    code
      ? apiProblemCodes.some((known) => known === code)
        ? t(`apiProblems.${code}` as 'apiProblems.REQUIRED')
        : t('genericError')
      : undefined;

  // The Belgian mod-97 check runs as the number is typed, once it has its 10 digits or the field is left.
  const liveEnterpriseProblem = enterpriseNumberProblem(values.enterpriseNumber, { complete: enterpriseLeft }) ?? undefined;
  const problemOf = (field: FieldName) =>
    field === 'enterpriseNumber' ? (problems.enterpriseNumber ?? liveEnterpriseProblem) : problems[field];

  function change(field: FieldName, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
    setFormError(null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local = localProblems(values);
    setProblems(local);
    setEnterpriseLeft(true);
    if (Object.keys(local).length > 0) return setFormError(t('register.fixFields'));
    const language = (i18n.language === 'nl' || i18n.language === 'en' ? i18n.language : 'fr').toUpperCase() as 'FR' | 'NL' | 'EN';
    try {
      await register({ variables: { input: { ...values, language } } });
      setSent(true);
    } catch (caught) {
      const fields = apiFieldErrors(caught as Error).filter((f): f is typeof f & { field: FieldName } =>
        FIELDS.includes(f.field as FieldName),
      );
      if (apiErrorCode(caught as Error) === 'BAD_USER_INPUT' && fields.length > 0) {
        setProblems(Object.fromEntries(fields.map((f) => [f.field, f.code])));
        setFormError(t('register.fixFields'));
      } else {
        setFormError(signInErrorMessage(caught as Error, t));
      }
    }
  }

  const field = (name: FieldName, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={t(`register.${name}`)}
      value={values[name]}
      onChange={(e) => change(name, e.target.value)}
      error={words(problemOf(name))}
      required
      {...props}
    />
  );

  return (
    <PublicLayout title={t('register.title')}>
      {sent ? (
        <Alert tone="success" title={t('register.sentTitle')}>
          <p>{t('register.sent')}</p>
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>{t('register.intro')}</p>
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          {field('customerNumber', { hint: t('register.customerNumberHint'), inputMode: 'numeric', autoComplete: 'off' })}
          {field('contractNumber', { hint: t('register.contractNumberHint'), autoComplete: 'off' })}
          {field('enterpriseNumber', {
            hint: t('register.enterpriseNumberHint'),
            inputMode: 'numeric',
            autoComplete: 'off',
            onBlur: () => setEnterpriseLeft(true),
            onFocus: () => setEnterpriseLeft(false),
          })}
          {field('contactName', { autoComplete: 'name' })}
          {field('email', { hint: t('register.emailHint'), type: 'email', autoComplete: 'email' })}
          {field('phone', { hint: t('register.phoneHint'), type: 'tel', autoComplete: 'tel' })}
          <Button type="submit" block disabled={loading}>
            {loading ? t('register.sending') : t('register.submit')}
          </Button>
        </form>
      )}
      <p className="shell-links">
        <Link to="/sign-in">{t('register.backToSignIn')}</Link>
      </p>
    </PublicLayout>
  );
}
