import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ConfirmSecondFactorEnrollmentDocument,
  MeDocument,
  SignInDocument,
  StartSecondFactorEnrollmentDocument,
} from '../api/identity.operations';
import { customerMe, meMock, renderShell } from '../../../test/render-shell';
import { groupSecret } from './second-factor-enrollment';

const credentials = { input: { loginId: '195503801', password: 'Hangar-Bleu-2026!' } };
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const otpauthUri = `otpauth://totp/Customer%20Corner:195503801?secret=${secret}&issuer=Customer%20Corner`;
const recoveryCodes = Array.from({ length: 10 }, (_, i) => `RC${i}-7H2K-9QXM`);

const labels = {
  fr: { loginId: 'Identifiant (9 chiffres)', password: 'Mot de passe', submit: 'Se connecter' },
  nl: { loginId: 'Gebruikers-id (9 cijfers)', password: 'Wachtwoord', submit: 'Aanmelden' },
  en: { loginId: 'Login id (9 digits)', password: 'Password', submit: 'Sign in' },
};

function enrollmentMocks(confirm: 'ok' | 'wrong-then-ok' = 'ok') {
  return [
    meMock(null),
    {
      request: { query: SignInDocument, variables: credentials },
      result: { data: { signIn: { __typename: 'SignInResult', status: 'SECOND_FACTOR_ENROLLMENT_REQUIRED', me: null } } },
    },
    {
      request: { query: StartSecondFactorEnrollmentDocument },
      result: { data: { startSecondFactorEnrollment: { __typename: 'SecondFactorEnrollment', secret, otpauthUri } } },
    },
    ...(confirm === 'wrong-then-ok'
      ? [
          {
            request: { query: ConfirmSecondFactorEnrollmentDocument, variables: { code: '000001' } },
            result: { errors: [{ message: 'wrong code', extensions: { code: 'BAD_USER_INPUT' } }] },
          },
        ]
      : []),
    {
      request: { query: ConfirmSecondFactorEnrollmentDocument, variables: { code: '123456' } },
      result: { data: { confirmSecondFactorEnrollment: { __typename: 'SecondFactorEnrolled', status: 'SIGNED_IN', recoveryCodes } } },
    },
    { request: { query: MeDocument }, result: { data: { me: customerMe } } },
  ];
}

async function signIn(user: ReturnType<typeof userEvent.setup>, language: keyof typeof labels) {
  const words = labels[language];
  await user.type(await screen.findByLabelText(words.loginId), credentials.input.loginId);
  await user.type(screen.getByLabelText(words.password), credentials.input.password);
  await user.click(screen.getByRole('button', { name: words.submit }));
}

describe('second-factor enrollment (ACC-10)', () => {
  it('groups the secret in fours', () => {
    expect(groupSecret(secret)).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
  });

  it('shows the secret and the app link, takes a first code, shows the 10 recovery codes once, then the contracts tab', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/sign-in', mocks: enrollmentMocks() });
    await signIn(user, 'fr');
    expect(await screen.findByRole('heading', { level: 2, name: 'Configurer la vérification en deux étapes' })).toBeTruthy();
    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    // #18 item 21: a QR code drawn here from the otpauth link, before the key to type
    const qr = screen.getByRole('img', { name: 'QR code à scanner avec votre application d’authentification' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(Number(qr.getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
    expect(qr.compareDocumentPosition(screen.getByText('Clé à saisir dans l’application')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Clé à saisir dans l’application')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ouvrir dans l’application d’authentification (sur ce téléphone)' }).getAttribute('href')).toBe(
      otpauthUri,
    );

    await user.type(screen.getByLabelText('Code à 6 chiffres'), '12345');
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Le code compte exactement 6 chiffres.');

    await user.type(screen.getByLabelText('Code à 6 chiffres'), '6');
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Vos 10 codes de récupération' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Codes de récupération' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(recoveryCodes);
    expect(screen.getByText(/ils ne seront plus jamais affichés\.$/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Je les ai enregistrés' }));
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
    expect(screen.queryByText('RC0-7H2K-9QXM')).toBeNull();
  });

  it('says a wrong code is wrong, in Dutch, and accepts the next one', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/sign-in', language: 'nl', mocks: enrollmentMocks('wrong-then-ok') });
    await signIn(user, 'nl');
    expect(await screen.findByRole('heading', { level: 2, name: 'Verificatie in twee stappen instellen' })).toBeTruthy();
    await user.type(await screen.findByLabelText('Code van 6 cijfers'), '000001');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Deze code is niet geldig. Controleer of de tijd op uw telefoon juist is en probeer opnieuw.',
    );
    await user.type(screen.getByLabelText('Code van 6 cijfers'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Uw 10 herstelcodes' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ik heb ze bewaard' })).toBeTruthy();
  });

  it('speaks English too', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/sign-in', language: 'en', mocks: enrollmentMocks() });
    await signIn(user, 'en');
    expect(await screen.findByRole('heading', { level: 2, name: 'Set up two-step verification' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Open in the authenticator app (on this phone)' })).toBeTruthy();
    await user.type(screen.getByLabelText('6-digit code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your 10 recovery codes' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
  });
});
