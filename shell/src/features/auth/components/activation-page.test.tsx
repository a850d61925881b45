import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActivateAccessDocument, PasswordProblemsDocument } from '../api/identity.operations';
import { customerMe, meMock, renderShell } from '../../../test/render-shell';

function ruleTexts() {
  const list = screen.getByRole('list', { name: 'Votre mot de passe doit respecter ces règles' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('activation (ACC-3, ACC-4)', () => {
  it('shows each rule live, asks the server for the others, then activates and opens the contracts', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/activate',
      mocks: [
        meMock(null),
        {
          request: { query: PasswordProblemsDocument, variables: { password: 'password12', loginId: '354207527' } },
          result: { data: { passwordProblems: ['MIN_LENGTH', 'UPPERCASE', 'PUNCTUATION', 'COMMON_PASSWORD'] } },
        },
        {
          request: { query: PasswordProblemsDocument, variables: { password: 'Tramway-Lune-42!', loginId: '354207527' } },
          result: { data: { passwordProblems: [] } },
        },
        {
          request: {
            query: ActivateAccessDocument,
            variables: { input: { loginId: '354207527', temporaryPassword: '5jJhxSYLJtHHaN', newPassword: 'Tramway-Lune-42!' } },
          },
          result: { data: { activateAccess: { __typename: 'SignInResult', status: 'SIGNED_IN', me: customerMe } } },
        },
      ],
    });

    await user.type(await screen.findByLabelText('Identifiant (9 chiffres)'), '354207527');
    await user.type(screen.getByLabelText('Mot de passe temporaire'), '5jJhxSYLJtHHaN');
    const newPassword = screen.getByLabelText('Nouveau mot de passe');
    await user.type(newPassword, 'password12');
    // Local rules change at once, before the server answered.
    expect(ruleTexts().slice(0, 5)).toEqual([
      '✗Au moins 12 caractères (non respectée)',
      '✓Au plus 128 caractères (respectée)',
      '✗Au moins 1 lettre majuscule (non respectée)',
      '✓Au moins 2 chiffres (respectée)',
      '✗Au moins 1 signe de ponctuation ou symbole (non respectée)',
    ]);
    await waitFor(() =>
      expect(ruleTexts()[5]).toBe('✗Pas un mot de passe courant (même avec chiffres ou ponctuation ajoutés) (non respectée)'),
    );

    await user.clear(newPassword);
    await user.type(newPassword, 'Tramway-Lune-42!');
    await waitFor(() => expect(ruleTexts().every((text) => text?.startsWith('✓'))).toBe(true));
    await user.type(screen.getByLabelText('Confirmer le nouveau mot de passe'), 'Tramway-Lune-42!');
    await user.click(screen.getByRole('button', { name: 'Activer mon accès' }));

    expect(await screen.findByText('Votre accès est activé. Bienvenue !')).toBeTruthy();
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
  });

  it('refuses to submit while a rule fails or the confirmation differs', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/activate', mocks: [meMock(null)] });
    await user.type(await screen.findByLabelText('Identifiant (9 chiffres)'), '12345');
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Court1!');
    await user.type(screen.getByLabelText('Confirmer le nouveau mot de passe'), 'Autre');
    await user.click(screen.getByRole('button', { name: 'Activer mon accès' }));
    expect(screen.getByText('L’identifiant compte exactement 9 chiffres.')).toBeTruthy();
    expect(screen.getByText('Le mot de passe ne respecte pas encore toutes les règles.')).toBeTruthy();
    expect(screen.getByText('Les deux mots de passe ne sont pas identiques.')).toBeTruthy();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
  });

  it('shows the rules the server refused on submit', async () => {
    const user = userEvent.setup();
    const input = { loginId: '354207527', temporaryPassword: 'tmp', newPassword: 'Scheldepoort-2026!' };
    await renderShell({
      route: '/activate',
      mocks: [
        meMock(null),
        {
          request: { query: PasswordProblemsDocument, variables: { password: input.newPassword, loginId: input.loginId } },
          result: { data: { passwordProblems: [] } },
        },
        {
          request: { query: ActivateAccessDocument, variables: { input } },
          result: {
            errors: [
              {
                message: 'The password breaks a rule',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'newPassword', code: 'CONTAINS_COMPANY_NAME', message: 'contains the company name' }],
                },
              },
            ],
          },
        },
      ],
    });
    await user.type(await screen.findByLabelText('Identifiant (9 chiffres)'), input.loginId);
    await user.type(screen.getByLabelText('Mot de passe temporaire'), input.temporaryPassword);
    await user.type(screen.getByLabelText('Nouveau mot de passe'), input.newPassword);
    await user.type(screen.getByLabelText('Confirmer le nouveau mot de passe'), input.newPassword);
    await user.click(screen.getByRole('button', { name: 'Activer mon accès' }));
    expect(await screen.findByText('Le mot de passe ne respecte pas encore toutes les règles.')).toBeTruthy();
    await waitFor(() => expect(ruleTexts()[8]).toBe('✗Ne contient pas le nom de votre société (non respectée)'));
  });
});
