import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInDocument, VerifySecondFactorDocument } from '../api/identity.operations';
import { customerMe, meMock, renderShell, staffMe } from '../../../test/render-shell';

const credentials = { input: { loginId: '195503801', password: 'Hangar-Bleu-2026!' } };

async function signIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Identifiant (9 chiffres)'), credentials.input.loginId);
  await user.type(screen.getByLabelText('Mot de passe'), credentials.input.password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('sign-in (ACC-5, ACC-6, ACC-10)', () => {
  it('sends a signed-out visitor to sign-in, then to the contracts tab', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/contracts',
      mocks: [
        meMock(null),
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'SIGNED_IN', me: customerMe } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
    await signIn(user);
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
    expect(screen.getByText('Client 10000002 — Scheldepoort Logistics')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Contrats',
      'Mes documents',
      'Mes demandes',
      'Informations société',
      'Dépliants',
      'Gestion des profils',
    ]);
  });

  it('says the id or password is wrong, and that a locked login is locked', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/sign-in',
      mocks: [
        meMock(null),
        {
          request: { query: SignInDocument, variables: credentials },
          result: { errors: [{ message: 'nope', extensions: { code: 'UNAUTHENTICATED' } }] },
        },
        {
          request: { query: SignInDocument, variables: credentials },
          result: { errors: [{ message: 'locked', extensions: { code: 'RATE_LIMITED', reason: 'LOGIN_LOCKED' } }] },
        },
      ],
    });
    await signIn(user);
    expect((await screen.findByRole('alert')).textContent).toBe('Identifiant ou mot de passe incorrect.');
    await user.type(screen.getByLabelText('Mot de passe'), credentials.input.password);
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect((await screen.findByText(/Trop de tentatives/)).textContent).toBe(
      'Trop de tentatives : l’accès est bloqué pendant 15 minutes. Un e-mail a été envoyé au titulaire.',
    );
  });

  it('asks for the second factor when required', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/sign-in',
      language: 'en',
      mocks: [
        meMock(null),
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'SECOND_FACTOR_REQUIRED', me: null } } },
        },
        {
          request: { query: VerifySecondFactorDocument, variables: { code: '123456' } },
          result: { data: { verifySecondFactor: { __typename: 'SignInResult', status: 'SIGNED_IN', me: customerMe } } },
        },
      ],
    });
    await user.type(await screen.findByLabelText('Login id (9 digits)'), credentials.input.loginId);
    await user.type(screen.getByLabelText('Password'), credentials.input.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.type(await screen.findByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
  });

  it('shows the back office, and only it, to staff', async () => {
    await renderShell({ route: '/', mocks: [meMock(staffMe)] });
    expect(await screen.findByText('tab:backoffice /back-office')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Back-office']);
  });

  it('keeps customers out of the back office', async () => {
    await renderShell({ route: '/back-office', mocks: [meMock(customerMe)] });
    expect(await screen.findByText('Cette page est réservée au personnel du Service Clients.')).toBeTruthy();
  });
});

/** Issue #11 §1 (ACC-6, ACC-10): the 5th wrong code locks the login and the gateway ends the pending sign-in. */
describe('#11 §1 a sign-in ended by too many wrong codes (ACC-6, ACC-10)', () => {
  const askedForCode = {
    request: { query: SignInDocument, variables: credentials },
    result: { data: { signIn: { __typename: 'SignInResult', status: 'SECOND_FACTOR_REQUIRED', me: null } } },
  };
  const codeAnswer = (code: string, reason: string) => ({
    request: { query: VerifySecondFactorDocument, variables: { code } },
    result: { errors: [{ message: 'refused', extensions: { code: 'UNAUTHENTICATED', reason } }] },
  });
  const cases = [
    [
      'fr',
      'Identifiant (9 chiffres)',
      'Mot de passe',
      'Se connecter',
      'Code de vérification',
      'Vérifier',
      'Ce code n’est pas valable. Réessayez.',
      'Trop de codes erronés : l’accès est bloqué pendant 15 minutes. Reconnectez-vous ensuite avec votre mot de passe.',
    ],
    [
      'nl',
      'Gebruikers-id (9 cijfers)',
      'Wachtwoord',
      'Aanmelden',
      'Verificatiecode',
      'Verifiëren',
      'Deze code is niet geldig. Probeer opnieuw.',
      'Te veel foute codes: de toegang is 15 minuten geblokkeerd. Meld u daarna opnieuw aan met uw wachtwoord.',
    ],
    [
      'en',
      'Login id (9 digits)',
      'Password',
      'Sign in',
      'Verification code',
      'Verify',
      'This code is not valid. Try again.',
      'Too many wrong codes: this access is locked for 15 minutes. Then sign in again with your password.',
    ],
  ] as const;

  it.each(cases)('in %s, goes back to the password step and says the access is locked for 15 minutes', async (language, ...words) => {
    const [loginIdLabel, passwordLabel, signInButton, codeLabel, verifyButton, wrongText, lockedText] = words;
    const user = userEvent.setup();
    await renderShell({
      route: '/sign-in',
      language,
      mocks: [meMock(null), askedForCode, codeAnswer('000001', 'SECOND_FACTOR_INVALID'), codeAnswer('000002', 'SESSION_ENDED')],
    });
    await user.type(await screen.findByLabelText(loginIdLabel), credentials.input.loginId);
    await user.type(screen.getByLabelText(passwordLabel), credentials.input.password);
    await user.click(screen.getByRole('button', { name: signInButton }));

    // A wrong code that does not lock yet stays on the code step.
    await user.type(await screen.findByLabelText(codeLabel), '000001');
    await user.click(screen.getByRole('button', { name: verifyButton }));
    expect((await screen.findByRole('alert')).textContent).toBe(wrongText);

    await user.clear(screen.getByLabelText(codeLabel));
    await user.type(screen.getByLabelText(codeLabel), '000002');
    await user.click(screen.getByRole('button', { name: verifyButton }));
    expect((await screen.findByText(lockedText)).closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByLabelText(codeLabel)).toBeNull();
    expect((screen.getByLabelText(loginIdLabel) as HTMLInputElement).value).toBe(credentials.input.loginId);
    expect((screen.getByLabelText(passwordLabel) as HTMLInputElement).value).toBe('');
  });
});
