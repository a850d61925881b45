import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, DataTable, Spinner, useFormats, type Column, type Tone } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginListQuery, LoginStatus } from '../../../gql/graphql';
import { ActionProblem } from '../../shared/components/action-problem';
import { profilesNamespace } from '../../shared/i18n/profiles-translations';
import {
  ChangeLoginProfileMutation,
  DeactivateLoginMutation,
  LoginListQuery as LoginListDocument,
  ReactivateLoginMutation,
  ReissueActivationMutation,
  SetSecondFactorRequiredMutation,
} from '../api/logins.operations';
import { CreateLoginForm } from './create-login-form';
import { DeactivateLoginDialog } from './deactivate-login-dialog';
import { buttonRow, choiceLabel, choiceInput } from '../../shared/components/layout-styles';

type LoginRow = LoginListQuery['logins'][number];

const statusTones: Record<LoginStatus, Tone> = {
  PENDING_ACTIVATION: 'info',
  ACTIVE: 'success',
  LOCKED: 'warning',
  DEACTIVATED: 'neutral',
};

/** PRO-1..PRO-4: the customer's logins; administrators create, change, deactivate and re-issue; viewers only read. */
export function LoginsPage({ isAdministrator }: { isAdministrator: boolean }) {
  const { t } = useTranslation(profilesNamespace);
  const formats = useFormats();
  const { data, loading, error, refetch } = useQuery(LoginListDocument);
  const [changeProfile] = useMutation(ChangeLoginProfileMutation);
  const [deactivate] = useMutation(DeactivateLoginMutation);
  const [reactivate] = useMutation(ReactivateLoginMutation);
  const [reissue] = useMutation(ReissueActivationMutation);
  const [setRequired] = useMutation(SetSecondFactorRequiredMutation);
  const [problem, setProblem] = useState<ErrorLike | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);
  // #18 item 19: demoting and deactivating take away rights, so each asks first, saying what happens.
  // Deactivating asks in its own dialog, which also lists the tokens that login created (#11 §5).
  const [confirming, setConfirming] = useState<{ row: LoginRow; action: 'demote' } | null>(null);
  const [deactivating, setDeactivating] = useState<LoginRow | null>(null);

  async function act(run: () => Promise<unknown>, message: string) {
    setProblem(null);
    setDone(null);
    setBusy(true);
    try {
      await run();
      await refetch();
      setDone(message);
    } catch (e) {
      setProblem(e as ErrorLike);
    } finally {
      setBusy(false);
    }
  }

  const logins = data?.logins ?? [];
  const required = data?.me?.customer?.secondFactorRequired ?? false;
  // PRO-3, as the gateway counts it: the company keeps one active administrator. What it would refuse
  // for that person (demote, deactivate) is not offered; the row says why instead.
  const activeAdministrators = logins.filter((login) => login.profile === 'ADMINISTRATOR' && login.status === 'ACTIVE').length;
  const isLastAdministrator = (row: LoginRow) => row.profile === 'ADMINISTRATOR' && row.status === 'ACTIVE' && activeAdministrators === 1;

  function confirmAction() {
    if (!confirming) return;
    const { row } = confirming;
    setConfirming(null);
    void act(() => changeProfile({ variables: { loginId: row.loginId, profile: 'VIEWER' } }), t('logins.done.profile', { name: row.name }));
  }

  const columns: Column<LoginRow>[] = [
    { key: 'name', header: t('logins.columns.name'), rowHeader: true, cell: (row) => row.name },
    {
      key: 'email',
      header: t('logins.columns.email'),
      // #18 item 14: 'anywhere' lets the card shrink the address and break it; with 'break-word' its full
      // width stayed the minimum and the card cut ".be" off at 390 px and 320 px.
      cell: (row) => <span style={{ overflowWrap: 'anywhere', minWidth: 0 }}>{row.email}</span>,
    },
    { key: 'profile', header: t('logins.columns.profile'), cell: (row) => t(`profiles.${row.profile}`) },
    {
      key: 'status',
      header: t('logins.columns.status'),
      cell: (row) => (
        <span>
          <Badge tone={statusTones[row.status]}>{t(`statuses.${row.status}`)}</Badge>
          {row.status === 'PENDING_ACTIVATION' && row.activationExpiresAt ? (
            <>
              <br />
              <small>{t('logins.activationUntil', { date: formats.date(row.activationExpiresAt) })}</small>
            </>
          ) : null}
        </span>
      ),
    },
    {
      key: 'lastLogin',
      header: t('logins.columns.lastLogin'),
      cell: (row) => (row.lastLoginAt ? formats.date(row.lastLoginAt) : t('never')),
    },
  ];
  if (isAdministrator)
    columns.push({
      key: 'actions',
      header: t('logins.columns.actions'),
      cell: (row) => (
        <div style={buttonRow}>
          {isLastAdministrator(row) ? <small>{t('logins.confirm.lastAdministrator')}</small> : null}
          {row.status !== 'DEACTIVATED' && !isLastAdministrator(row) ? (
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() =>
                row.profile === 'ADMINISTRATOR'
                  ? setConfirming({ row, action: 'demote' })
                  : void act(
                      () => changeProfile({ variables: { loginId: row.loginId, profile: 'ADMINISTRATOR' } }),
                      t('logins.done.profile', { name: row.name }),
                    )
              }
            >
              {row.profile === 'ADMINISTRATOR' ? t('logins.makeViewer') : t('logins.makeAdministrator')}
              <span className="cc-visually-hidden"> — {row.name}</span>
            </Button>
          ) : null}
          {row.status === 'DEACTIVATED' ? (
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() =>
                void act(() => reactivate({ variables: { loginId: row.loginId } }), t('logins.done.reactivate', { name: row.name }))
              }
            >
              {t('logins.reactivate')}
              <span className="cc-visually-hidden"> — {row.name}</span>
            </Button>
          ) : isLastAdministrator(row) ? null : (
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => {
                setDone(null);
                setDeactivating(row);
              }}
            >
              {t('logins.deactivate')}
              <span className="cc-visually-hidden"> — {row.name}</span>
            </Button>
          )}
          {row.status === 'PENDING_ACTIVATION' && row.createdByCaller ? (
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => void act(() => reissue({ variables: { loginId: row.loginId } }), t('logins.done.reissue', { name: row.name }))}
            >
              {t('logins.reissue')}
              <span className="cc-visually-hidden"> — {row.name}</span>
            </Button>
          ) : null}
        </div>
      ),
    });

  return (
    <div>
      <p>{t('logins.intro')}</p>
      {isAdministrator ? null : <Alert tone="info">{t('logins.viewerNote')}</Alert>}
      {error && !data ? (
        <Alert tone="error" title={t('loadError')}>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {loading && !data ? <Spinner /> : null}
      {deactivating ? (
        <DeactivateLoginDialog
          name={deactivating.name}
          loginId={deactivating.loginId}
          busy={busy}
          onCancel={() => setDeactivating(null)}
          onConfirm={(createdTokens, revokedCount) => {
            const row = deactivating;
            setDeactivating(null);
            void act(
              () => deactivate({ variables: { loginId: row.loginId, createdTokens } }),
              createdTokens === 'KEEP'
                ? t('logins.done.deactivateKept', { name: row.name })
                : revokedCount > 0
                  ? t('logins.done.deactivateRevoked', { name: row.name, count: revokedCount })
                  : t('logins.done.deactivate', { name: row.name }),
            );
          }}
        />
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="login-confirm-question" className="cc-alert cc-alert--warning">
          <div>
            <p id="login-confirm-question">
              <strong>{t(`logins.confirm.${confirming.action}Question`, { name: confirming.row.name })}</strong>
            </p>
            <p>{t(`logins.confirm.${confirming.action}Effect`)}</p>
            <div style={buttonRow}>
              <Button disabled={busy} onClick={confirmAction}>
                {t(`logins.confirm.${confirming.action}Yes`)}
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
      {isAdministrator ? (
        creating ? (
          <CreateLoginForm
            onCancel={() => setCreating(false)}
            onCreated={(message) => {
              setCreating(false);
              setProblem(null);
              setDone(message);
              void refetch();
            }}
          />
        ) : (
          <p>
            <Button onClick={() => setCreating(true)}>{t('logins.createOpen')}</Button>
          </p>
        )
      ) : null}
      {data ? (
        <>
          <p role="status">{t('logins.count', { count: logins.length })}</p>
          <DataTable caption={t('logins.caption')} captionHidden columns={columns} rows={logins} rowKey={(row) => row.id} />
        </>
      ) : null}
      {isAdministrator && data ? (
        <Card title={t('logins.secondFactorTitle')} labelledBy="second-factor-policy">
          <label style={choiceLabel}>
            <input
              style={choiceInput}
              type="checkbox"
              checked={required}
              disabled={busy}
              aria-describedby="second-factor-policy-help"
              onChange={(event) =>
                void act(() => setRequired({ variables: { required: event.target.checked } }), t('logins.secondFactorSaved'))
              }
            />
            {t('logins.secondFactorRequired')}
          </label>
          <p id="second-factor-policy-help">{t('logins.secondFactorHelp')}</p>
        </Card>
      ) : null}
    </div>
  );
}
