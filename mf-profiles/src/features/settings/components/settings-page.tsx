import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, DataTable, EmptyState, Spinner, TextField, toPortalLanguage, type Column } from '@customer-corner/ui';
import { apiProblemMessage } from '@customer-corner/ui/api-problems';
import { groupedSecret, QrCode } from '@customer-corner/ui/qr-code';
import {
  brokenLocalRules,
  evaluatePasswordRules,
  isPasswordRule,
  PASSWORD_CHECK_DEBOUNCE_MS,
  PasswordRuleList,
  useDebouncedValue,
  type PasswordRule,
} from '@customer-corner/ui/password-rules';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, MySettingsQuery } from '../../../gql/graphql';
import { problemsOf } from '../../shared/api/graphql-problems';
import { ActionProblem } from '../../shared/components/action-problem';
import { profilesNamespace } from '../../shared/i18n/profiles-translations';
import {
  ChangePasswordMutation,
  DisableSecondFactorMutation,
  StartSecondFactorEnrollmentMutation,
  ConfirmSecondFactorEnrollmentMutation,
  LinkLoginMutation,
  MySettingsQuery as MySettingsDocument,
  SettingsPasswordProblemsQuery,
  UnlinkLoginMutation,
  UpdateMyPreferencesMutation,
} from '../api/settings.operations';
import { AuditLog } from './audit-log';
import { choiceLabel, choiceInput } from '../../shared/components/layout-styles';

type Me = NonNullable<MySettingsQuery['me']>;
type Linked = Me['linkedCustomers'][number];

/** Server field codes in words; unknown codes still say something. */
function useFieldMessages() {
  const { t, i18n } = useTranslation(profilesNamespace);
  return (codes: string[] | undefined) =>
    codes?.length
      ? codes
          .map((code) =>
            i18n.exists(`settings.fieldCodes.${code}`, { ns: profilesNamespace })
              ? t(`settings.fieldCodes.${code}`)
              : (apiProblemMessage(code, toPortalLanguage(i18n.language)) ?? t('settings.fieldCodes.other', { code })),
          )
          .join(' ')
      : undefined;
}

/**
 * PRO-6: current and new password. Each ACC-4 rule shows met or not met while typing: length and
 * composition at once, common passwords and the login id once the server answered (debounced); the
 * name and company rules only on submit, where the server marks what it refused.
 */
function PasswordCard({ loginId }: { loginId: string | null }) {
  const { t } = useTranslation(profilesNamespace);
  const messages = useFieldMessages();
  const rulesId = useId();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [notReady, setNotReady] = useState(false);
  const [sameAsCurrent, setSameAsCurrent] = useState(false);
  const [refused, setRefused] = useState<PasswordRule[]>([]);
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [done, setDone] = useState(false);
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const debounced = useDebouncedValue(newPassword, PASSWORD_CHECK_DEBOUNCE_MS);
  const { data, previousData } = useQuery(SettingsPasswordProblemsQuery, {
    variables: { password: debounced, loginId },
    skip: debounced === '',
    fetchPolicy: 'no-cache',
  });
  const fields = problemsOf(problem).fields;
  const checked = (data ?? previousData)?.passwordProblems ?? null;
  const states = evaluatePasswordRules(newPassword, newPassword === '' ? null : [...(checked ?? []), ...refused]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(false);
    const unmet = brokenLocalRules(newPassword).length > 0;
    setNotReady(unmet);
    // #18 item 22: the current password is not a new one (the gateway refuses it too: SAME_AS_CURRENT).
    const same = !unmet && newPassword === currentPassword;
    setSameAsCurrent(same);
    if (unmet || same) return;
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      setCurrent('');
      setNew('');
      setDone(true);
    } catch (e) {
      setProblem(e as ErrorLike);
      setRefused((problemsOf(e as ErrorLike).fields['newPassword'] ?? []).filter(isPasswordRule));
    }
  }

  return (
    <Card title={t('settings.passwordTitle')} labelledBy="password-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('settings.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={messages(fields['currentPassword'])}
          required
        />
        <TextField
          label={t('settings.newPassword')}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => {
            setNew(e.target.value);
            setNotReady(false);
            setSameAsCurrent(false);
            setRefused([]);
          }}
          error={notReady ? t('settings.fixRules') : sameAsCurrent ? messages(['SAME_AS_CURRENT']) : messages(fields['newPassword'])}
          describedBy={rulesId}
          required
        />
        <PasswordRuleList id={rulesId} title={t('settings.rulesLabel')} states={states} pristine={newPassword === ''} />
        {Object.keys(fields).length ? null : <ActionProblem error={problem} />}
        {done ? <Alert tone="success">{t('settings.passwordChanged')}</Alert> : null}
        <Button type="submit" disabled={loading || !currentPassword || !newPassword}>
          {t('settings.changePassword')}
        </Button>
      </form>
    </Card>
  );
}

/** PRO-6, NOT-1: e-mail on each new invoice and the language (the same choice as the shell's switch). */
function PreferencesCard({ me }: { me: Me }) {
  const { t, i18n } = useTranslation(profilesNamespace);
  const [notify, setNotify] = useState(me.notifyNewInvoice);
  const [language, setLanguage] = useState<Language>(me.language);
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [done, setDone] = useState(false);
  const [save, { loading }] = useMutation(UpdateMyPreferencesMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(false);
    try {
      await save({ variables: { input: { notifyNewInvoice: notify, language } } });
      setDone(true);
      const code = language.toLowerCase();
      if (i18n.language !== code) {
        try {
          localStorage.setItem('cc-language', code);
        } catch {
          // storage may be unavailable; the server keeps the choice anyway
        }
        void i18n.changeLanguage(code);
      }
    } catch (e) {
      setProblem(e as ErrorLike);
    }
  }

  return (
    <Card title={t('settings.preferencesTitle')} labelledBy="preferences-title">
      <form onSubmit={(event) => void submit(event)}>
        <p>
          <label style={choiceLabel}>
            <input style={choiceInput} type="checkbox" checked={notify} onChange={(e) => setNotify(e.target.checked)} />
            {t('settings.notifyNewInvoice')}
          </label>
        </p>
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 1rem' }}>
          <legend style={{ padding: 0, fontWeight: 600 }}>{t('settings.language')}</legend>
          {(['FR', 'NL', 'EN'] as const).map((value) => (
            <label key={value} style={choiceLabel}>
              <input
                style={choiceInput}
                type="radio"
                name="language"
                value={value}
                checked={language === value}
                onChange={() => setLanguage(value)}
              />
              <span lang={value.toLowerCase()}>{t(`settings.languages.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <ActionProblem error={problem} />
        {done ? <Alert tone="success">{t('settings.preferencesSaved')}</Alert> : null}
        <Button type="submit" disabled={loading}>
          {t('settings.savePreferences')}
        </Button>
      </form>
    </Card>
  );
}

/** ACC-10: status of one's second factor; removing it needs the password and is refused when the company requires it. */
function SecondFactorCard({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t } = useTranslation(profilesNamespace);
  const messages = useFieldMessages();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [done, setDone] = useState(false);
  // #18 item 8: on from the moment the enrolment is confirmed, while its recovery codes are still shown.
  const [enrolledNow, setEnrolledNow] = useState(false);
  const [disable, { loading }] = useMutation(DisableSecondFactorMutation);
  const required = me.customer?.secondFactorRequired ?? false;
  const enabled = me.secondFactorEnabled || enrolledNow;
  const fields = problemsOf(problem).fields;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await disable({ variables: { password } });
      setPassword('');
      setDone(true);
      onChanged();
    } catch (e) {
      setProblem(e as ErrorLike);
    }
  }

  return (
    <Card title={t('settings.secondFactorTitle')} labelledBy="second-factor-title">
      <p>
        <Badge tone={enabled ? 'success' : 'neutral'}>{enabled ? t('settings.secondFactorOn') : t('settings.secondFactorOff')}</Badge>
      </p>
      {done ? <Alert tone="success">{t('settings.secondFactorRemoved')}</Alert> : null}
      {required ? <p>{t('settings.secondFactorRequiredNote')}</p> : null}
      {(!me.secondFactorEnabled || enrolledNow) && !required ? (
        <EnrollSecondFactor
          onEnrolled={() => setEnrolledNow(true)}
          onChanged={() => {
            setEnrolledNow(false);
            onChanged();
          }}
        />
      ) : null}
      {me.secondFactorEnabled && !required ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label={t('settings.removePassword')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={messages(fields['password'])}
          />
          {Object.keys(fields).length ? null : <ActionProblem error={problem} />}
          <Button type="submit" variant="secondary" disabled={loading || !password}>
            {t('settings.removeSecondFactor')}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

/** ACC-10: turning the second factor on by choice: a QR code and the key for the app, a first code, then the recovery codes once. */
function EnrollSecondFactor({ onEnrolled, onChanged }: { onEnrolled: () => void; onChanged: () => void }) {
  const { t } = useTranslation(profilesNamespace);
  const messages = useFieldMessages();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [start, { data: started, loading: starting }] = useMutation(StartSecondFactorEnrollmentMutation);
  const [confirm, { loading: confirming }] = useMutation(ConfirmSecondFactorEnrollmentMutation);
  const fields = problemsOf(problem).fields;
  const enrollment = started?.startSecondFactorEnrollment;

  async function begin() {
    setProblem(null);
    try {
      await start();
    } catch (e) {
      setProblem(e as ErrorLike);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const result = await confirm({ variables: { code: code.trim() } });
      setRecoveryCodes(result.data?.confirmSecondFactorEnrollment.recoveryCodes ?? []);
      onEnrolled();
    } catch (e) {
      setProblem(e as ErrorLike);
    }
  }

  if (recoveryCodes) {
    return (
      <div>
        <Alert tone="success">{t('settings.secondFactorEnabled')}</Alert>
        <p>
          <strong>{t('settings.recoveryCodesTitle')}</strong>
        </p>
        <ul aria-label={t('settings.recoveryCodesTitle')}>
          {recoveryCodes.map((recovery) => (
            <li key={recovery}>
              <code>{recovery}</code>
            </li>
          ))}
        </ul>
        <Button type="button" variant="secondary" onClick={onChanged}>
          OK
        </Button>
      </div>
    );
  }
  if (!enrollment) {
    return (
      <div>
        <p>{t('settings.secondFactorOffHelp')}</p>
        <ActionProblem error={problem} />
        <Button type="button" onClick={() => void begin()} disabled={starting}>
          {t('settings.enableSecondFactor')}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('settings.enrollScan')}</p>
      <QrCode value={enrollment.otpauthUri} label={t('settings.enrollQrLabel')} />
      <p>
        {t('settings.enrollSecretLabel')} <code>{groupedSecret(enrollment.secret)}</code>
      </p>
      <p>
        <a href={enrollment.otpauthUri}>{t('settings.enrollLink')}</a>
      </p>
      <TextField
        label={t('settings.enrollCode')}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={messages(fields['code'])}
      />
      {Object.keys(fields).length ? null : <ActionProblem error={problem} />}
      <Button type="submit" disabled={confirming || !/^\d{6}$/.test(code.trim())}>
        {t('settings.enrollConfirm')}
      </Button>
    </form>
  );
}

const SECOND_FACTOR_REASONS = ['SECOND_FACTOR_REQUIRED', 'SECOND_FACTOR_INVALID', 'SECOND_FACTOR_ENROLLMENT_REQUIRED'];

/** ACC-11: the customer numbers linked to this person; link another (proving its password, and its second factor if any) or unlink. */
function LinkedCard({ me }: { me: Me }) {
  const { t } = useTranslation(profilesNamespace);
  const messages = useFieldMessages();
  const [loginId, setLoginId] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [link, { loading: linking }] = useMutation(LinkLoginMutation, { refetchQueries: [MySettingsDocument] });
  const [unlink, { loading: unlinking }] = useMutation(UnlinkLoginMutation, { refetchQueries: [MySettingsDocument] });
  const fields = problemsOf(problem).fields;
  // #11 §1: a login with a second factor is linked only with its current code
  const { reason } = problemsOf(problem);
  const codeProblem = reason && SECOND_FACTOR_REASONS.includes(reason) ? t(`settings.linkCodeProblems.${reason}`) : undefined;

  async function run(action: () => Promise<unknown>, message: string) {
    setProblem(null);
    setDone(null);
    try {
      await action();
      setDone(message);
      setLoginId('');
      setPassword('');
      setCode('');
    } catch (e) {
      setProblem(e as ErrorLike);
    }
  }

  const columns: Column<Linked>[] = [
    { key: 'customerNumber', header: t('settings.linkedColumns.customerNumber'), rowHeader: true, cell: (row) => row.customerNumber },
    { key: 'customerName', header: t('settings.linkedColumns.customerName'), cell: (row) => row.customerName },
    { key: 'loginId', header: t('settings.linkedColumns.loginId'), cell: (row) => row.loginId },
    {
      key: 'actions',
      header: t('settings.linkedColumns.actions'),
      cell: (row) =>
        row.current ? (
          <Badge tone="info">{t('settings.current')}</Badge>
        ) : (
          <Button
            variant="secondary"
            disabled={unlinking}
            onClick={() => void run(() => unlink({ variables: { loginId: row.loginId } }), t('settings.unlinked'))}
          >
            {t('settings.unlink')}
            <span className="cc-visually-hidden"> — {row.customerNumber}</span>
          </Button>
        ),
    },
  ];

  return (
    <Card title={t('settings.linkedTitle')} labelledBy="linked-title">
      <p>{t('settings.linkedIntro')}</p>
      {me.linkedCustomers.some((row) => !row.current) ? (
        <DataTable
          caption={t('settings.linkedCaption')}
          captionHidden
          columns={columns}
          rows={me.linkedCustomers}
          rowKey={(row) => row.loginId}
        />
      ) : (
        <EmptyState>{t('settings.linkedNone')}</EmptyState>
      )}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const secondFactorCode = code.trim() || null;
          void run(() => link({ variables: { input: { loginId: loginId.trim(), password, secondFactorCode } } }), t('settings.linked'));
        }}
        noValidate
      >
        <TextField
          label={t('settings.linkLoginId')}
          inputMode="numeric"
          autoComplete="off"
          value={loginId}
          onChange={(e) => setLoginId(e.target.value)}
          error={messages(fields['loginId'])}
        />
        <TextField
          label={t('settings.linkPassword')}
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={messages(fields['password'])}
        />
        <TextField
          label={t('settings.linkCode')}
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={codeProblem}
        />
        {Object.keys(fields).length || codeProblem ? null : <ActionProblem error={problem} />}
        <Button type="submit" variant="secondary" disabled={linking || !loginId.trim() || !password}>
          {t('settings.link')}
        </Button>
      </form>
    </Card>
  );
}

/** PRO-6, ACC-10, ACC-11, PRO-8 and, for administrators, PRO-7. */
export function SettingsPage({ isAdministrator }: { isAdministrator: boolean }) {
  const { t } = useTranslation(profilesNamespace);
  const { data, loading, error, refetch } = useQuery(MySettingsDocument);
  const me = data?.me;
  return (
    <div>
      <p>{t('settings.intro')}</p>
      {error && !data ? (
        <Alert tone="error" title={t('loadError')}>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {loading && !data ? <Spinner /> : null}
      {me ? (
        <>
          <PasswordCard loginId={me.loginId} />
          <PreferencesCard me={me} />
          <SecondFactorCard me={me} onChanged={() => void refetch()} />
          <LinkedCard me={me} />
          <Card title={t('settings.personalDataTitle')} labelledBy="personal-data-title">
            <p>{t('settings.personalDataIntro')}</p>
            <p>
              <a className="cc-button cc-button--secondary" href="/me/personal-data.json" download>
                {t('settings.personalDataLink')}
              </a>
            </p>
          </Card>
          {isAdministrator ? <AuditLog /> : null}
        </>
      ) : null}
    </div>
  );
}
