import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResetPasswordDocument, SignInDocument } from '../api/identity.operations';
import { meMock, renderShell } from '../../../test/render-shell';

// #18 item 6: each gateway reason its own sentence, not "login or password incorrect" for everything.
const credentials = { input: { loginId: '195503801', password: 'Hangar-Bleu-2026!' } };
const NEW_PASSWORD = 'Tram-Jaune&Sud77x';

describe('#18 item 6: sign-in and reset say what the gateway answered', () => {
  it.each([
    [
      'fr',
      'Identifiant (9 chiffres)',
      'Mot de passe',
      'Se connecter',
      'Cet accès a été désactivé par un administrateur de votre société. Adressez-vous à lui pour le réactiver.',
    ],
    [
      'nl',
      'Gebruikers-id (9 cijfers)',
      'Wachtwoord',
      'Aanmelden',
      'Deze toegang werd gedeactiveerd door een beheerder van uw bedrijf. Vraag hem om ze opnieuw te activeren.',
    ],
    [
      'en',
      'Login id (9 digits)',
      'Password',
      'Sign in',
      'This access was deactivated by an administrator of your company. Ask them to re-activate it.',
    ],
  ] as const)('in %s, a deactivated login is told it is deactivated', async (language, idLabel, passwordLabel, submit, sentence) => {
    const user = userEvent.setup();
    await renderShell({
      route: '/sign-in',
      language,
      mocks: [
        meMock(null),
        {
          request: { query: SignInDocument, variables: credentials },
          result: { errors: [{ message: 'deactivated', extensions: { code: 'UNAUTHENTICATED', reason: 'LOGIN_DEACTIVATED' } }] },
        },
      ],
    });
    await user.type(await screen.findByLabelText(idLabel), credentials.input.loginId);
    await user.type(screen.getByLabelText(passwordLabel), credentials.input.password);
    await user.click(screen.getByRole('button', { name: submit }));
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
  });

  it('a used or expired reset link says so, not "login or password incorrect"', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/reset-password?token=used-token',
      mocks: [
        meMock(null),
        {
          request: { query: ResetPasswordDocument, variables: { input: { token: 'used-token', newPassword: NEW_PASSWORD } } },
          result: { errors: [{ message: 'no longer valid', extensions: { code: 'UNAUTHENTICATED', reason: 'RESET_LINK_INVALID' } }] },
        },
      ],
    });
    await user.type(await screen.findByLabelText('Nouveau mot de passe'), NEW_PASSWORD);
    await user.type(screen.getByLabelText('Confirmer le nouveau mot de passe'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce lien a déjà servi ou a expiré. Demandez-en un nouveau avec « Mot de passe oublié ».',
    );
  });
});
