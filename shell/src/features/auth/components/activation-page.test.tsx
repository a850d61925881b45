import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { ActivateAccessDocument, PasswordProblemsDocument, VerifyActivationCredentialsDocument } from '../api/identity.operations';
import { customerMe, meMock, renderShell } from '../../../test/render-shell';

const claire = { personName: 'Claire Lambert', companyName: 'Atelier Lambert', correspondenceLanguage: 'FR' as 'FR' | 'NL' | 'EN' };

function verifyMock(
  loginId: string,
  temporaryPassword: string,
  answer: typeof claire | { code: string; reason: string } = claire,
): MockLink.MockedResponse {
  return {
    request: { query: VerifyActivationCredentialsDocument, variables: { input: { loginId, temporaryPassword } } },
    result:
      'personName' in answer
        ? { data: { verifyActivationCredentials: { __typename: 'ActivationCredentials', ...answer } } }
        : { data: { verifyActivationCredentials: null }, errors: [{ message: 'refused', extensions: answer }] },
  };
}

/** Step 1: the credentials from the e-mail, then "Continue". */
async function passStepOne(
  user: ReturnType<typeof userEvent.setup>,
  loginId: string,
  temporaryPassword: string,
  continueLabel = 'Continuer',
) {
  await user.type(await screen.findByLabelText(/^(Identifiant|Gebruikers-id|Login id) \(9/), loginId);
  await user.type(screen.getByLabelText(/^(Mot de passe temporaire|Tijdelijk wachtwoord|Temporary password)$/), temporaryPassword);
  await user.click(screen.getByRole('button', { name: continueLabel }));
}

afterEach(() => localStorage.clear());

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
        verifyMock('354207527', '5jJhxSYLJtHHaN'),
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

    await passStepOne(user, '354207527', '5jJhxSYLJtHHaN');
    const newPassword = await screen.findByLabelText('Nouveau mot de passe');
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

  it('step 1 refuses to continue without a 9-digit id and a temporary password, and asks nothing (#18 item 20)', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/activate', mocks: [meMock(null)] });
    await user.type(await screen.findByLabelText('Identifiant (9 chiffres)'), '12345');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByText('L’identifiant compte exactement 9 chiffres.')).toBeTruthy();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(screen.queryByLabelText('Nouveau mot de passe')).toBeNull();
  });

  it.each([
    ['INVALID_CREDENTIALS', 'UNAUTHENTICATED', 'Identifiant ou mot de passe temporaire incorrect, ou accès déjà activé.'],
    [
      'TEMPORARY_PASSWORD_EXPIRED',
      'UNAUTHENTICATED',
      'Ce mot de passe temporaire a expiré. Utilisez « Mot de passe oublié » pour en recevoir un nouveau.',
    ],
  ])('step 1 refused with %s says so and stays on step 1 (#18 item 20)', async (reason, code, text) => {
    const user = userEvent.setup();
    await renderShell({ route: '/activate', mocks: [meMock(null), verifyMock('354207527', 'wrong', { code, reason })] });
    await passStepOne(user, '354207527', 'wrong');
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Étape 1 sur 2 : vos identifiants' })).toBeTruthy();
    expect(screen.queryByLabelText('Nouveau mot de passe')).toBeNull();
  });

  it('step 2 greets the person and checks name and company live, before any server answer (#18 item 20)', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/activate', mocks: [meMock(null), verifyMock('354207527', 'tmp')] });
    await passStepOne(user, '354207527', 'tmp');
    expect(await screen.findByRole('heading', { name: 'Étape 2 sur 2 : votre mot de passe' })).toBeTruthy();
    expect(screen.getByText('Bonjour Claire Lambert, choisissez le mot de passe de votre accès pour Atelier Lambert.')).toBeTruthy();
    const newPassword = screen.getByLabelText('Nouveau mot de passe');
    await user.type(newPassword, 'Claire-Atelier-42');
    // No passwordProblems mock answers: these two come from the names step 1 returned.
    expect(ruleTexts().slice(7)).toEqual([
      '✗Ne contient pas votre nom (non respectée)',
      '✗Ne contient pas le nom de votre société (non respectée)',
    ]);
    await user.clear(newPassword);
    await user.type(newPassword, 'Tramway-Lune-42');
    expect(ruleTexts().slice(7)).toEqual([
      '✓Ne contient pas votre nom (respectée)',
      '✓Ne contient pas le nom de votre société (respectée)',
    ]);
    await user.clear(newPassword);
    await user.type(newPassword, 'Lambert#Vélo#77');
    await user.type(screen.getByLabelText('Confirmer le nouveau mot de passe'), 'Autre');
    await user.click(screen.getByRole('button', { name: 'Activer mon accès' }));
    expect(screen.getByText('Le mot de passe ne respecte pas encore toutes les règles.')).toBeTruthy();
    expect(screen.getByText('Les deux mots de passe ne sont pas identiques.')).toBeTruthy();

    // Back to step 1 with the id kept, the new password forgotten.
    await user.click(screen.getByRole('button', { name: 'Modifier l’identifiant ou le mot de passe temporaire' }));
    expect((screen.getByLabelText('Identifiant (9 chiffres)') as HTMLInputElement).value).toBe('354207527');
    expect(screen.queryByLabelText('Nouveau mot de passe')).toBeNull();
  });

  it.each([
    ['no saved choice, no ?lang=: the customer’s Dutch', '/activate', null, 'Stap 2 van 2: uw wachtwoord', 'nl'],
    ['the link’s ?lang=en wins over the customer’s Dutch', '/activate?lang=en', null, 'Step 2 of 2: your password', 'en'],
    ['the saved French wins over the customer’s Dutch', '/activate', 'fr', 'Étape 2 sur 2 : votre mot de passe', 'fr'],
  ])('#18 item 3: %s', async (_case, route, saved, stepTwo, htmlLang) => {
    if (saved) localStorage.setItem('cc-language', saved);
    const user = userEvent.setup();
    const language = route.includes('lang=en') ? 'en' : 'fr';
    await renderShell({
      route,
      language,
      mocks: [
        meMock(null),
        verifyMock('354207527', 'tmp', {
          ...claire,
          personName: 'Jan Peeters',
          companyName: 'Bakkerij Peeters',
          correspondenceLanguage: 'NL',
        }),
      ],
    });
    await passStepOne(user, '354207527', 'tmp', language === 'en' ? 'Continue' : 'Continuer');
    expect(await screen.findByRole('heading', { name: stepTwo })).toBeTruthy();
    expect(document.documentElement.lang).toBe(htmlLang);
    // Switching to the customer's language is not the person's choice: nothing is saved.
    expect(localStorage.getItem('cc-language')).toBe(saved);
  });

  it('shows the rules the server refused on submit', async () => {
    const user = userEvent.setup();
    const input = { loginId: '354207527', temporaryPassword: 'tmp', newPassword: 'Scheldepoort-2026!' };
    await renderShell({
      route: '/activate',
      mocks: [
        meMock(null),
        verifyMock(input.loginId, input.temporaryPassword),
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
    await passStepOne(user, input.loginId, input.temporaryPassword);
    await user.type(await screen.findByLabelText('Nouveau mot de passe'), input.newPassword);
    await user.type(screen.getByLabelText('Confirmer le nouveau mot de passe'), input.newPassword);
    await user.click(screen.getByRole('button', { name: 'Activer mon accès' }));
    expect(await screen.findByText('Le mot de passe ne respecte pas encore toutes les règles.')).toBeTruthy();
    await waitFor(() => expect(ruleTexts()[8]).toBe('✗Ne contient pas le nom de votre société (non respectée)'));
  });
});
