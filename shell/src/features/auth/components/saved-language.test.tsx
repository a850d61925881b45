import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInDocument, SignOutDocument } from '../api/identity.operations';
import { customerMe, meMock, renderShell } from '../../../test/render-shell';

const credentials = { input: { loginId: '354207527', password: 'Hangar-Bleu-2026!' } };
const dutchMe = { ...customerMe, language: 'NL' as const };

describe('the saved language is applied (#18 item 3, X-2, PRO-6)', () => {
  beforeEach(() => localStorage.clear());

  it('speaks Dutch after signing in on a French page when the account saved Nederlands', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/sign-in',
      language: 'fr',
      mocks: [
        meMock(null),
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'SIGNED_IN', me: dutchMe } } },
        },
      ],
    });
    expect(document.documentElement.lang).toBe('fr');
    await user.type(await screen.findByLabelText('Identifiant (9 chiffres)'), credentials.input.loginId);
    await user.type(screen.getByLabelText('Mot de passe'), credentials.input.password);
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Aangemeld: Pieter Janssens')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Contracten' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect((screen.getByLabelText('Taal') as HTMLSelectElement).value).toBe('nl');
    // The next visit on this device starts in Dutch too, even before signing in.
    expect(localStorage.getItem('cc-language')).toBe('nl');
  });

  it('speaks English on reload when the account saved English, whatever the device remembered', async () => {
    await renderShell({ route: '/contracts', language: 'nl', mocks: [meMock({ ...customerMe, language: 'EN' })] });
    expect(await screen.findByText('Signed in: Pieter Janssens')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('speaks Dutch again when the account signs out, French is picked on the sign-in page, and it signs in again in the same tab', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/contracts',
      language: 'fr',
      mocks: [
        meMock(dutchMe),
        { request: { query: SignOutDocument }, result: { data: { signOut: true } } },
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'SIGNED_IN', me: dutchMe } } },
        },
        meMock(null),
      ],
    });
    expect(await screen.findByText('Aangemeld: Pieter Janssens')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    await screen.findByLabelText('Gebruikers-id (9 cijfers)');
    await user.selectOptions(screen.getByLabelText('Taal'), 'fr');
    expect(document.documentElement.lang).toBe('fr');
    await user.type(await screen.findByLabelText('Identifiant (9 chiffres)'), credentials.input.loginId);
    await user.type(screen.getByLabelText('Mot de passe'), credentials.input.password);
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Aangemeld: Pieter Janssens')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });
});
