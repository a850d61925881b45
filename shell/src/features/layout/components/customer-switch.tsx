import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SwitchCustomerDocument } from '../../auth/api/identity.operations';
import type { MeFields } from '../../auth/api/identity.operations';
import { signInErrorMessage } from '../../auth/components/auth-error-message';
import { dropEverythingButMe } from '../../auth/hooks/session';
import { apiErrorReason } from '../../auth/utils/graphql-errors';
import { SwitchCodeDialog } from './switch-code-dialog';

/**
 * ACC-11: a person holding logins for several customer numbers acts for another one without signing
 * out. Every cached answer of the previous customer is dropped and the open screens are fetched again,
 * so no data of one customer stays on screen under another; the change is announced politely.
 */
export function CustomerSwitch({ me }: { me: MeFields }) {
  const { t } = useTranslation('shell');
  const id = useId();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [switchCustomer, { loading }] = useMutation(SwitchCustomerDocument);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  // Issue #11 §1: the login waiting for its second-factor code, and why the last code was refused.
  // `attempt` remounts the dialog after each refusal: an empty, focused field for the next code.
  const [asking, setAsking] = useState<{ loginId: string; error: string | null; attempt: number } | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const current = me.linkedCustomers.find((linked) => linked.current)?.loginId ?? me.loginId ?? '';

  const closeDialog = useCallback(() => {
    setAsking(null);
    select.current?.focus(); // back to where the person was
  }, []);

  async function switchTo(loginId: string, secondFactorCode?: string) {
    setFailure(null);
    setAnnouncement('');
    try {
      const variables = secondFactorCode ? { loginId, secondFactorCode } : { loginId };
      const { data } = await switchCustomer({ variables });
      if (!data) return;
      if (secondFactorCode) closeDialog();
      const next = data.switchCustomer;
      // Keep `me` (the frame stays mounted), drop every other answer, then refetch what is on screen.
      dropEverythingButMe(client, next);
      // A detail page of the previous customer would not exist for the new one: back to the tab's first page.
      const tabRoot = `/${pathname.split('/')[1] ?? ''}`;
      if (tabRoot !== pathname) navigate(tabRoot);
      await client.refetchQueries({ include: 'active' });
      setAnnouncement(
        t('account.switched', { customerNumber: next.customer?.customerNumber ?? '', customerName: next.customer?.name ?? '' }),
      );
    } catch (caught) {
      const error = caught as Error;
      const reason = apiErrorReason(error);
      if (reason === 'SECOND_FACTOR_REQUIRED') return setAsking({ loginId, error: null, attempt: 0 });
      // A refused code (wrong, locked, throttled) is said in the dialog, which stays open for another try.
      if (secondFactorCode && reason !== 'SECOND_FACTOR_ENROLLMENT_REQUIRED') {
        return setAsking((previous) => ({ loginId, error: signInErrorMessage(error, t), attempt: (previous?.attempt ?? 0) + 1 }));
      }
      setAsking(null);
      setFailure(reason === 'SECOND_FACTOR_ENROLLMENT_REQUIRED' ? t('account.switchEnrollmentRequired') : t('account.switchFailed'));
    }
  }

  if (me.linkedCustomers.length < 2) return null;
  return (
    <div className="shell-language shell-customer-switch">
      <label htmlFor={id}>{t('account.switchCustomer')}</label>
      <select
        ref={select}
        id={id}
        className="cc-select"
        value={current}
        disabled={loading && !asking}
        onChange={(e) => void switchTo(e.target.value)}
      >
        {me.linkedCustomers.map((linked) => (
          <option key={linked.loginId} value={linked.loginId}>
            {t('account.customerOption', { customerNumber: linked.customerNumber, customerName: linked.customerName })}
          </option>
        ))}
      </select>
      <p className="cc-visually-hidden" role="status">
        {announcement}
      </p>
      {failure ? (
        <p className="cc-field__error" role="alert">
          {failure}
        </p>
      ) : null}
      {asking ? (
        <SwitchCodeDialog
          key={asking.attempt}
          loginId={asking.loginId}
          error={asking.error}
          busy={loading}
          onSubmit={(code) => void switchTo(asking.loginId, code)}
          onCancel={closeDialog}
        />
      ) : null}
    </div>
  );
}
