import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Card, SelectField, TextField, toPortalLanguage } from '@customer-corner/ui';
import { apiProblemMessage } from '@customer-corner/ui/api-problems';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginProfile } from '../../../gql/graphql';
import { problemsOf } from '../../shared/api/graphql-problems';
import { ActionProblem } from '../../shared/components/action-problem';
import { profilesNamespace } from '../../shared/i18n/profiles-translations';
import { CreateLoginMutation } from '../api/logins.operations';
import { buttonRow } from '../../shared/components/layout-styles';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** PRO-2: name, e-mail and profile; the new person receives the activation e-mail (ACC-2, ACC-3). */
export function CreateLoginForm({ onCreated, onCancel }: { onCreated: (message: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation(profilesNamespace);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [profile, setProfile] = useState<LoginProfile>('VIEWER');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [create, { loading }] = useMutation(CreateLoginMutation);

  const server = problemsOf(problem).fields;
  // #18 item 6: the gateway's own code in words (EMAIL_TAKEN is not an invalid address).
  const serverMessage = (field: string) => apiProblemMessage(server[field]?.[0], toPortalLanguage(i18n.language)) ?? undefined;
  const nameError =
    submitted && !name.trim() ? t('logins.required') : server['name'] ? (serverMessage('name') ?? t('logins.required')) : undefined;
  const emailError =
    submitted && !email.trim()
      ? t('logins.required')
      : submitted && !EMAIL.test(email.trim())
        ? t('logins.invalidEmail')
        : server['email']
          ? (serverMessage('email') ?? t('logins.invalidEmail'))
          : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (!name.trim() || !EMAIL.test(email.trim())) return;
    try {
      await create({ variables: { input: { name: name.trim(), email: email.trim(), profile } } });
      onCreated(t('logins.created', { name: name.trim(), email: email.trim() }));
    } catch (e) {
      setProblem(e as ErrorLike);
    }
  }

  return (
    <Card title={t('logins.createTitle')} labelledBy="create-login-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('logins.name')} value={name} onChange={(e) => setName(e.target.value)} error={nameError} autoComplete="off" />
        <TextField
          label={t('logins.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError}
          autoComplete="off"
        />
        <SelectField
          label={t('logins.profile')}
          value={profile}
          onChange={(e) => setProfile(e.target.value as LoginProfile)}
          options={[
            { value: 'VIEWER', label: t('profiles.VIEWER') },
            { value: 'ADMINISTRATOR', label: t('profiles.ADMINISTRATOR') },
          ]}
        />
        <p>{t('logins.profileHelp')}</p>
        {Object.keys(server).length ? null : <ActionProblem error={problem} />}
        <div style={buttonRow}>
          <Button type="submit" disabled={loading}>
            {t('logins.create')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
