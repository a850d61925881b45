import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeDocument, SwitchCustomerDocument, type MeFields } from '../../auth/api/identity.operations';
import { customerMe, meMock, renderShell, toApiLanguage } from '../../../test/render-shell';

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

/** Issue #11 §1 (ACC-10, ACC-11): the gateway refuses a switch into a login with a second factor until its code is given. */
describe('#11 §1 switching into a login with a second factor (ACC-10, ACC-11)', () => {
  const refused = (reason: string, code: string, secondFactorCode?: string) => ({
    request: {
      query: SwitchCustomerDocument,
      variables: secondFactorCode ? { loginId: '195503801', secondFactorCode } : { loginId: '195503801' },
    },
    result: { errors: [{ message: 'refused', extensions: { code, reason } }] },
  });
  const acceptedWith = (secondFactorCode: string) => ({
    request: { query: SwitchCustomerDocument, variables: { loginId: '195503801', secondFactorCode } },
    result: { data: { switchCustomer: after } },
  });
  const meAfter = { request: { query: MeDocument }, result: { data: { me: after } } };

  it('asks for that login’s code in a labelled dialog, says a wrong code, then switches with the right one', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/contracts/C-1',
      mocks: [
        meMock(before),
        refused('SECOND_FACTOR_REQUIRED', 'UNAUTHENTICATED'),
        refused('SECOND_FACTOR_INVALID', 'UNAUTHENTICATED', '000000'),
        acceptedWith('123456'),
        meAfter,
      ],
    });
    await user.selectOptions(await screen.findByLabelText('Changer de numéro client'), '195503801');

    const dialog = await screen.findByRole('dialog', { name: 'Double authentification de l’accès 195503801' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByText(/^Cet accès est protégé/).textContent).toBe(
      'Cet accès est protégé par une double authentification : tapez le code à 6 chiffres que montre son application, ou un de ses codes de récupération.',
    );
    const field = within(dialog).getByLabelText('Code de double authentification');
    expect(document.activeElement).toBe(field);
    // Still the first customer while the code is asked.
    expect(screen.getByText('Client 10000002 — Scheldepoort Logistics')).toBeTruthy();

    await user.type(field, '000000');
    await user.click(within(dialog).getByRole('button', { name: 'Changer de client' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce code n’est pas valable. Vérifiez l’heure de votre téléphone et réessayez.',
    );
    // A fresh, empty and focused field for the next try.
    const again = screen.getByLabelText('Code de double authentification') as HTMLInputElement;
    expect(again.value).toBe('');
    expect(document.activeElement).toBe(again);

    await user.type(again, '123456');
    await user.click(screen.getByRole('button', { name: 'Changer de client' }));
    expect(await screen.findByText('Vous consultez maintenant le client 10000001 — Constructions Mosanes.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Client 10000001 — Constructions Mosanes')).toBeTruthy();
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
  });

  it('Escape closes the dialog, gives the focus back to the switch and stays on the current customer', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/contracts', mocks: [meMock(before), refused('SECOND_FACTOR_REQUIRED', 'UNAUTHENTICATED')] });
    const select = await screen.findByLabelText('Changer de numéro client');
    await user.selectOptions(select, '195503801');
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(select);
    expect((select as HTMLSelectElement).value).toBe('354207527');
    expect(screen.getByText('Client 10000002 — Scheldepoort Logistics')).toBeTruthy();
  });

  it('says when the login got locked by wrong codes', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/contracts',
      mocks: [meMock(before), refused('SECOND_FACTOR_REQUIRED', 'UNAUTHENTICATED'), refused('LOGIN_LOCKED', 'RATE_LIMITED', '111111')],
    });
    await user.selectOptions(await screen.findByLabelText('Changer de numéro client'), '195503801');
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Code de double authentification'), '111111');
    await user.click(within(dialog).getByRole('button', { name: 'Changer de client' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Trop de tentatives : l’accès est bloqué pendant 15 minutes. Un e-mail a été envoyé au titulaire.');
    expect(alert.closest('[role="dialog"]')).toBeTruthy();
  });

  it('an empty code is not sent', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/contracts', mocks: [meMock(before), refused('SECOND_FACTOR_REQUIRED', 'UNAUTHENTICATED')] });
    await user.selectOptions(await screen.findByLabelText('Changer de numéro client'), '195503801');
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Changer de client' }));
    expect(within(dialog).getByText('Ce champ est obligatoire.')).toBeTruthy();
  });

  it('says clearly when that login must first set up its second factor, in French, Dutch and English', async () => {
    const user = userEvent.setup();
    const expected = {
      fr: ['Changer de numéro client', 'Cet accès doit d’abord activer sa double authentification : connectez-vous une fois avec lui.'],
      nl: ['Ander klantnummer', 'Deze toegang moet eerst zijn tweestapsverificatie instellen: meld u er één keer mee aan.'],
      en: ['Switch customer number', 'This access must first set up its second factor: sign in with it once.'],
    } as const;
    for (const language of ['fr', 'nl', 'en'] as const) {
      const { unmount } = await renderShell({
        route: '/contracts',
        language,
        mocks: [meMock({ ...before, language: toApiLanguage(language) }), refused('SECOND_FACTOR_ENROLLMENT_REQUIRED', 'FORBIDDEN')],
      });
      await user.selectOptions(await screen.findByLabelText(expected[language][0]), '195503801');
      expect((await within(screen.getByRole('banner')).findByRole('alert')).textContent).toBe(expected[language][1]);
      expect(screen.queryByRole('dialog')).toBeNull();
      unmount();
    }
  });

  it('asks in Dutch and English', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderShell({
      route: '/contracts',
      language: 'nl',
      mocks: [meMock({ ...before, language: 'NL' }), refused('SECOND_FACTOR_REQUIRED', 'UNAUTHENTICATED')],
    });
    await user.selectOptions(await screen.findByLabelText('Ander klantnummer'), '195503801');
    const nl = await screen.findByRole('dialog', { name: 'Tweestapsverificatie van toegang 195503801' });
    expect(within(nl).getByLabelText('Code van de tweestapsverificatie')).toBeTruthy();
    expect(within(nl).getByRole('button', { name: 'Klant wisselen' })).toBeTruthy();
    unmount();

    await renderShell({
      route: '/contracts',
      language: 'en',
      mocks: [meMock({ ...before, language: 'EN' }), refused('SECOND_FACTOR_REQUIRED', 'UNAUTHENTICATED')],
    });
    await user.selectOptions(await screen.findByLabelText('Switch customer number'), '195503801');
    const en = await screen.findByRole('dialog', { name: 'Second factor of access 195503801' });
    expect(within(en).getByText(/^This access is protected/).textContent).toBe(
      'This access is protected by a second factor: type the 6-digit code its app shows, or one of its recovery codes.',
    );
    expect(within(en).getByRole('button', { name: 'Switch customer' })).toBeTruthy();
  });
});
