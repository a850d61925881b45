import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SwitchCustomerDocument } from '../../auth/api/identity.operations';
import type { MeFields } from '../../auth/api/identity.operations';
import { dropEverythingButMe } from '../../auth/hooks/session';

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
  const [failed, setFailed] = useState(false);
  const current = me.linkedCustomers.find((linked) => linked.current)?.loginId ?? me.loginId ?? '';

  async function onChange(loginId: string) {
    setFailed(false);
    setAnnouncement('');
    try {
      const { data } = await switchCustomer({ variables: { loginId } });
      if (!data) return;
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
    } catch {
      setFailed(true);
    }
  }

  if (me.linkedCustomers.length < 2) return null;
  return (
    <div className="shell-language shell-customer-switch">
      <label htmlFor={id}>{t('account.switchCustomer')}</label>
      <select id={id} className="cc-select" value={current} disabled={loading} onChange={(e) => void onChange(e.target.value)}>
        {me.linkedCustomers.map((linked) => (
          <option key={linked.loginId} value={linked.loginId}>
            {t('account.customerOption', { customerNumber: linked.customerNumber, customerName: linked.customerName })}
          </option>
        ))}
      </select>
      <p className="cc-visually-hidden" role="status">
        {announcement}
      </p>
      {failed ? (
        <p className="cc-field__error" role="alert">
          {t('account.switchFailed')}
        </p>
      ) : null}
    </div>
  );
}
