import { useQuery } from '@apollo/client/react';
import { Button, Spinner, useFormats } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedTokensChoice } from '../../../gql/graphql';
import { profilesNamespace } from '../../shared/i18n/profiles-translations';
import { buttonRow, choiceInput, choiceLabel } from '../../shared/components/layout-styles';
import { TokensCreatedByQuery } from '../api/logins.operations';

/**
 * Issue #11 §5 (PRO-3, PRO-5): before a login is deactivated, the administrator sees the integration
 * tokens that login created and still work, and chooses to revoke them (the default) or keep them.
 */
export function DeactivateLoginDialog({
  name,
  loginId,
  busy,
  onConfirm,
  onCancel,
}: {
  name: string;
  loginId: string;
  busy: boolean;
  onConfirm: (choice: CreatedTokensChoice, revokedCount: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(profilesNamespace);
  const formats = useFormats();
  const [choice, setChoice] = useState<CreatedTokensChoice>('REVOKE');
  const { data, loading } = useQuery(TokensCreatedByQuery, { variables: { loginId }, fetchPolicy: 'network-only' });
  const [now] = useState(() => Date.now());
  const live = (data?.apiTokens ?? []).filter((token) => !token.revokedAt && new Date(token.expiresAt).getTime() > now);
  const questionId = `deactivate-question-${loginId}`;

  return (
    <div role="alertdialog" aria-labelledby={questionId} className="cc-alert cc-alert--warning">
      <div>
        <p id={questionId}>
          <strong>{t('logins.deactivateDialog.question', { name })}</strong>
        </p>
        <p>{t('logins.confirm.deactivateEffect')}</p>
        {loading && !data ? <Spinner /> : null}
        {data && live.length === 0 ? <p>{t('logins.deactivateDialog.noTokens', { name })}</p> : null}
        {live.length > 0 ? (
          <>
            <p>{t('logins.deactivateDialog.tokensIntro', { name, count: live.length })}</p>
            <ul>
              {live.map((token) => (
                <li key={token.id}>
                  {token.name} (<code>{token.displayPrefix}</code>, {t('tokens.columns.expiry').toLowerCase()}{' '}
                  {formats.date(token.expiresAt)})
                </li>
              ))}
            </ul>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>{t('logins.deactivateDialog.choice')}</legend>
              {(['REVOKE', 'KEEP'] as const).map((value) => (
                <label key={value} style={choiceLabel}>
                  <input
                    style={choiceInput}
                    type="radio"
                    name={`created-tokens-${loginId}`}
                    value={value}
                    checked={choice === value}
                    onChange={() => setChoice(value)}
                  />
                  {value === 'REVOKE' ? t('logins.deactivateDialog.revoke') : t('logins.deactivateDialog.keep')}
                </label>
              ))}
            </fieldset>
          </>
        ) : null}
        <div style={buttonRow}>
          <Button disabled={busy || (loading && !data)} onClick={() => onConfirm(choice, choice === 'REVOKE' ? live.length : 0)}>
            {t('logins.deactivateDialog.confirm')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </div>
      </div>
    </div>
  );
}
