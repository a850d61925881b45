import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderProfilesTab } from '../../../test/render-tab';
import { LinkLoginMutation, MySettingsQuery } from '../api/settings.operations';

/** Issue #11 §1 (ACC-10, ACC-11): linking a login that has a second factor asks for its code. */
const own = {
  __typename: 'LinkedCustomer' as const,
  loginId: '481516234',
  customerNumber: '10000001',
  customerName: 'Constructions Mosanes',
  current: true,
};
const other = { ...own, loginId: '777888999', customerNumber: '10000042', customerName: 'Mosane Location', current: false };
const me = (linkedCustomers: (typeof own)[]) => ({
  __typename: 'Me' as const,
  loginId: '481516234',
  name: 'Anne Dupont',
  email: 'anne@mosanes.example',
  language: 'FR' as const,
  notifyNewInvoice: true,
  secondFactorEnabled: false,
  profile: 'VIEWER' as const,
  customer: { __typename: 'MeCustomer' as const, customerNumber: '10000001', name: 'Constructions Mosanes', secondFactorRequired: false },
  linkedCustomers,
});
const settings = (linked: (typeof own)[]) => ({ request: { query: MySettingsQuery }, result: { data: { me: me(linked) } } });
const refused = (reason: string, secondFactorCode: string | null) => ({
  request: { query: LinkLoginMutation, variables: { input: { loginId: '777888999', password: 'Molen-Brood#2026k', secondFactorCode } } },
  result: { errors: [new GraphQLError('refused', { extensions: { code: 'UNAUTHENTICATED', reason } })] },
});
const linked = {
  request: {
    query: LinkLoginMutation,
    variables: { input: { loginId: '777888999', password: 'Molen-Brood#2026k', secondFactorCode: '123456' } },
  },
  result: { data: { linkLogin: { __typename: 'Me' as const, loginId: '481516234', linkedCustomers: [own, other] } } },
};

describe('#11 §1 linking a login with a second factor (ACC-10, ACC-11)', () => {
  it('says the code is needed, then links with it', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      profile: 'VIEWER',
      mocks: [settings([own]), refused('SECOND_FACTOR_REQUIRED', null), linked, settings([own, other])],
    });
    await user.type(await screen.findByLabelText('Identifiant de l’autre accès (9 chiffres)'), '777888999');
    await user.type(screen.getByLabelText('Mot de passe de l’autre accès'), 'Molen-Brood#2026k');
    await user.click(screen.getByRole('button', { name: 'Lier cet accès' }));
    expect(
      await screen.findByText('Cet accès est protégé par une double authentification : tapez le code que montre son application.'),
    ).toBeTruthy();
    await user.type(screen.getByLabelText('Code de double authentification de l’autre accès (s’il en a une)'), '123456');
    await user.click(screen.getByRole('button', { name: 'Lier cet accès' }));
    expect(await screen.findByText('L’accès est lié.')).toBeTruthy();
  });

  it('in English, a wrong code is said under the code field', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      language: 'en',
      profile: 'VIEWER',
      mocks: [settings([own]), refused('SECOND_FACTOR_INVALID', '000000')],
    });
    await user.type(await screen.findByLabelText('Login id of the other access (9 digits)'), '777888999');
    await user.type(screen.getByLabelText('Password of the other access'), 'Molen-Brood#2026k');
    await user.type(screen.getByLabelText('Second-factor code of the other access (if it has one)'), '000000');
    await user.click(screen.getByRole('button', { name: 'Link this access' }));
    expect(await screen.findByText('Invalid code.')).toBeTruthy();
  });

  it.each([
    [
      'fr',
      'Identifiant de l’autre accès (9 chiffres)',
      'Mot de passe de l’autre accès',
      'Lier cet accès',
      'Identifiant ou mot de passe incorrect.',
    ],
    [
      'nl',
      'Gebruikers-id van de andere toegang (9 cijfers)',
      'Wachtwoord van de andere toegang',
      'Deze toegang koppelen',
      'Gebruikers-id of wachtwoord onjuist.',
    ],
    ['en', 'Login id of the other access (9 digits)', 'Password of the other access', 'Link this access', 'Wrong login id or password.'],
  ] as const)(
    'in %s, #11 §5: an unknown id, a wrong password or a locked access reads one sentence under the password',
    async (language, idLabel, passwordLabel, button, sentence) => {
      const user = userEvent.setup();
      await renderProfilesTab({
        section: 'profiles',
        path: '/settings',
        language,
        profile: 'VIEWER',
        mocks: [
          settings([own]),
          {
            request: {
              query: LinkLoginMutation,
              variables: { input: { loginId: '777888999', password: 'Molen-Brood#2026k', secondFactorCode: null } },
            },
            result: {
              errors: [
                new GraphQLError('The login id or the password is not correct', {
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    reason: 'INVALID_CREDENTIALS',
                    fields: [{ field: 'password', code: 'INVALID_CREDENTIALS', message: 'The login id or the password is not correct' }],
                  },
                }),
              ],
            },
          },
        ],
      });
      await user.type(await screen.findByLabelText(idLabel), '777888999');
      await user.type(screen.getByLabelText(passwordLabel), 'Molen-Brood#2026k');
      await user.click(screen.getByRole('button', { name: button }));
      expect(await screen.findByText(sentence)).toBeTruthy();
      expect((screen.getByLabelText(passwordLabel) as HTMLInputElement).getAttribute('aria-invalid')).toBe('true');
    },
  );
});
