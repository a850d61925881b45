import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInDocument, SignOutDocument } from '../api/identity.operations';
import { customerMe, meMock, renderShell } from '../../../test/render-shell';

const credentials = { input: { loginId: '354207527', password: 'Hangar-Bleu-2026!' } };

describe('sign out, then sign in again in the same tab (#18 item 4, ACC-5)', () => {
  it('lands in the portal after the second sign-in', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/contracts',
      mocks: [
        meMock(customerMe),
        { request: { query: SignOutDocument }, result: { data: { signOut: true } } },
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'SIGNED_IN', me: customerMe } } },
        },
        meMock(null),
      ],
    });
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByText('Vous êtes déconnecté.', { exact: false })).toBeTruthy();
    await user.type(screen.getByLabelText('Identifiant (9 chiffres)'), credentials.input.loginId);
    await user.type(screen.getByLabelText('Mot de passe'), credentials.input.password);
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
    expect(screen.getByText('Connecté : Pieter Janssens')).toBeTruthy();
  });
});
