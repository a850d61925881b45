import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeDocument, SwitchCustomerDocument, type MeFields } from '../../auth/api/identity.operations';
import { customerMe, meMock, renderShell } from '../../../test/render-shell';

const linkedCustomers = [
  {
    __typename: 'LinkedCustomer' as const,
    loginId: '354207527',
    customerNumber: '10000002',
    customerName: 'Scheldepoort Logistics',
    current: true,
  },
  {
    __typename: 'LinkedCustomer' as const,
    loginId: '195503801',
    customerNumber: '10000001',
    customerName: 'Constructions Mosanes',
    current: false,
  },
];
const before: MeFields = { ...customerMe, linkedCustomers };
const after: MeFields = {
  ...customerMe,
  loginId: '195503801',
  customer: { __typename: 'MeCustomer', customerNumber: '10000001', name: 'Constructions Mosanes' },
  linkedCustomers: linkedCustomers.map((linked) => ({ ...linked, current: linked.loginId === '195503801' })),
};

function mocks(language: MeFields['language'] = 'FR') {
  return [
    meMock({ ...before, language }),
    {
      request: { query: SwitchCustomerDocument, variables: { loginId: '195503801' } },
      result: { data: { switchCustomer: { ...after, language } } },
    },
    // Everything on screen is fetched again after the switch, `me` included.
    { request: { query: MeDocument }, result: { data: { me: { ...after, language } } } },
  ];
}

describe('customer switch (ACC-11)', () => {
  it('is absent for a login with one customer number', async () => {
    await renderShell({ route: '/contracts', mocks: [meMock(customerMe)] });
    await screen.findByText('tab:contracts /contracts');
    expect(screen.queryByLabelText('Changer de numéro client')).toBeNull();
  });

  it('switches to another linked customer number, back to the tab’s first page, and announces it', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/contracts/C-1/amortization', mocks: mocks() });
    await screen.findByText('tab:contracts /contracts');
    expect(screen.getByText('Client 10000002 — Scheldepoort Logistics')).toBeTruthy();
    const select = screen.getByLabelText('Changer de numéro client') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      '10000002 — Scheldepoort Logistics',
      '10000001 — Constructions Mosanes',
    ]);
    expect(select.value).toBe('354207527');

    await user.selectOptions(select, '195503801');
    const status = await screen.findByText('Vous consultez maintenant le client 10000001 — Constructions Mosanes.');
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.getByText('Client 10000001 — Constructions Mosanes')).toBeTruthy();
    expect((screen.getByLabelText('Changer de numéro client') as HTMLSelectElement).value).toBe('195503801');
  });

  it('speaks Dutch and English', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderShell({ route: '/contracts', language: 'nl', mocks: mocks('NL') });
    await user.selectOptions(await screen.findByLabelText('Ander klantnummer'), '195503801');
    expect(await screen.findByText('U bekijkt nu klant 10000001 — Constructions Mosanes.')).toBeTruthy();
    unmount();

    await renderShell({ route: '/contracts', language: 'en', mocks: mocks('EN') });
    await user.selectOptions(await screen.findByLabelText('Switch customer number'), '195503801');
    expect(await screen.findByText('You are now viewing customer 10000001 — Constructions Mosanes.')).toBeTruthy();
  });

  it('says so when the switch fails, and stays on the current customer', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/contracts',
      mocks: [
        meMock(before),
        {
          request: { query: SwitchCustomerDocument, variables: { loginId: '195503801' } },
          result: { errors: [{ message: 'no link', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    await user.selectOptions(await screen.findByLabelText('Changer de numéro client'), '195503801');
    const header = screen.getByRole('banner');
    expect((await within(header).findByRole('alert')).textContent).toBe('Le changement de numéro client a échoué. Réessayez.');
    expect(screen.getByText('Client 10000002 — Scheldepoort Logistics')).toBeTruthy();
  });
});
