import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, DataTable, EmptyState, SelectField, Spinner, TextField, useFormats, type Column } from '@customer-corner/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenListQuery, LoginProfile } from '../../../gql/graphql';
import { ActionProblem } from '../../shared/components/action-problem';
import { profilesNamespace } from '../../shared/i18n/profiles-translations';
import { ApiTokenListQuery as ApiTokenListDocument, CreateApiTokenMutation, RevokeApiTokenMutation } from '../api/tokens.operations';
import { curlExample, expiryBounds } from './token-dates';
import { buttonRow } from '../../shared/components/layout-styles';

type TokenRow = ApiTokenListQuery['apiTokens'][number];

/** The secret, once: a copy button and a curl example that works as is (PRO-5, API-1). */
function NewToken({ token, origin, onDone }: { token: string; origin: string; onDone: () => void }) {
  const { t } = useTranslation(profilesNamespace);
  const [copied, setCopied] = useState(false);
  return (
    <Card title={t('tokens.tokenTitle')} labelledBy="new-token-title">
      <Alert tone="warning">{t('tokens.tokenOnce')}</Alert>
      <TextField label={t('tokens.tokenLabel')} value={token} readOnly onFocus={(e) => e.target.select()} />
      <p style={buttonRow}>
        <Button
          variant="secondary"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(token)
              .then(() => setCopied(true))
              .catch(() => undefined)
          }
        >
          {t('tokens.copy')}
        </Button>
      </p>
      {copied ? <Alert tone="success">{t('tokens.copied')}</Alert> : null}
      <h3>{t('tokens.curlTitle')}</h3>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <code>{curlExample(origin, token)}</code>
      </pre>
      <Button onClick={onDone}>{t('tokens.hide')}</Button>
    </Card>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const { t } = useTranslation(profilesNamespace);
  const [bounds] = useState(() => expiryBounds(new Date()));
  const [name, setName] = useState('');
  const [profile, setProfile] = useState<LoginProfile>('VIEWER');
  const [expiresOn, setExpiresOn] = useState(bounds.initial);
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [create, { loading }] = useMutation(CreateApiTokenMutation);
  const dateOk = expiresOn >= bounds.min && expiresOn <= bounds.max;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (!name.trim() || !dateOk) return;
    try {
      const result = await create({ variables: { input: { name: name.trim(), profile, expiresOn } } });
      if (result.data) {
        setName('');
        setSubmitted(false);
        onCreated(result.data.createApiToken.token);
      }
    } catch (e) {
      setProblem(e as ErrorLike);
    }
  }

  return (
    <Card title={t('tokens.createTitle')} labelledBy="create-token-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('tokens.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={submitted && !name.trim() ? t('tokens.required') : undefined}
          autoComplete="off"
        />
        <SelectField
          label={t('tokens.profile')}
          value={profile}
          onChange={(e) => setProfile(e.target.value as LoginProfile)}
          options={[
            { value: 'VIEWER', label: t('profiles.VIEWER') },
            { value: 'ADMINISTRATOR', label: t('profiles.ADMINISTRATOR') },
          ]}
        />
        <TextField
          label={t('tokens.expiresOn')}
          type="date"
          value={expiresOn}
          min={bounds.min}
          max={bounds.max}
          hint={t('tokens.expiresHelp')}
          error={submitted && !dateOk ? t('tokens.expiresTooLate') : undefined}
          onChange={(e) => setExpiresOn(e.target.value)}
        />
        <ActionProblem error={problem} />
        <Button type="submit" disabled={loading}>
          {t('tokens.create')}
        </Button>
      </form>
    </Card>
  );
}

/** PRO-5: the customer's integration accesses; create (shown once), revoke with a confirmation. */
export function TokensPage({ isAdministrator, origin = window.location.origin }: { isAdministrator: boolean; origin?: string }) {
  const { t } = useTranslation(profilesNamespace);
  const formats = useFormats();
  const { data, loading, error, refetch } = useQuery(ApiTokenListDocument, { skip: !isAdministrator });
  const [revoke, { loading: revoking }] = useMutation(RevokeApiTokenMutation);
  const [newToken, setNewToken] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<TokenRow | null>(null);
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (!isAdministrator) return <Alert tone="info">{t('tokens.viewerNote')}</Alert>;

  async function confirmRevoke(row: TokenRow) {
    setProblem(null);
    try {
      await revoke({ variables: { id: row.id } });
      setConfirming(null);
      setDone(t('tokens.revoked', { name: row.name }));
    } catch (e) {
      setProblem(e as ErrorLike);
    }
  }

  const columns: Column<TokenRow>[] = [
    { key: 'name', header: t('tokens.columns.name'), rowHeader: true, cell: (row) => row.name },
    { key: 'profile', header: t('tokens.columns.profile'), cell: (row) => t(`profiles.${row.profile}`) },
    { key: 'prefix', header: t('tokens.columns.prefix'), cell: (row) => <code>{row.displayPrefix}</code> },
    // #11 §5: who created it, so the tokens of a person who left can be found and revoked
    {
      key: 'createdBy',
      header: t('tokens.createdBy'),
      cell: (row) =>
        !row.createdBy
          ? t('tokens.creatorUnknown')
          : row.createdBy.status === 'DEACTIVATED'
            ? t('tokens.creatorDeactivated', { name: row.createdBy.name })
            : row.createdBy.name,
    },
    { key: 'expiry', header: t('tokens.columns.expiry'), cell: (row) => formats.date(row.expiresAt) },
    { key: 'lastUsed', header: t('tokens.columns.lastUsed'), cell: (row) => (row.lastUsedAt ? formats.date(row.lastUsedAt) : t('never')) },
    {
      key: 'revoked',
      header: t('tokens.columns.revoked'),
      cell: (row) => (row.revokedAt ? t('tokens.revokedOn', { date: formats.date(row.revokedAt) }) : t('tokens.notRevoked')),
    },
    {
      key: 'actions',
      header: t('tokens.columns.actions'),
      cell: (row) =>
        row.revokedAt ? null : (
          <Button
            variant="secondary"
            onClick={() => {
              setDone(null);
              setConfirming(row);
            }}
          >
            {t('tokens.revoke')}
            <span className="cc-visually-hidden"> — {row.name}</span>
          </Button>
        ),
    },
  ];
  const tokens = data?.apiTokens ?? [];

  return (
    <div>
      <p>{t('tokens.intro')}</p>
      {error && !data ? (
        <Alert tone="error" title={t('loadError')}>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {loading && !data ? <Spinner /> : null}
      {newToken ? <NewToken token={newToken} origin={origin} onDone={() => setNewToken(null)} /> : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="revoke-question" className="cc-alert cc-alert--warning">
          <div>
            <p id="revoke-question">
              <strong>{t('tokens.revokeConfirm', { name: confirming.name })}</strong>
            </p>
            <div style={buttonRow}>
              <Button disabled={revoking} onClick={() => void confirmRevoke(confirming)}>
                {t('tokens.revokeYes')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(null)}>
                {t('cancel')}
              </Button>
            </div>
          </div>
        </div>
      ) : null}
      <ActionProblem error={problem} />
      {done ? <Alert tone="success">{done}</Alert> : null}
      {data ? (
        tokens.length === 0 ? (
          <EmptyState>{t('tokens.none')}</EmptyState>
        ) : (
          <DataTable caption={t('tokens.caption')} captionHidden columns={columns} rows={tokens} rowKey={(row) => row.id} />
        )
      ) : null}
      <CreateTokenForm
        onCreated={(token) => {
          setNewToken(token);
          setDone(null);
          void refetch();
        }}
      />
    </div>
  );
}
