import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { RegisterAdministrativeContactDocument } from '../api/identity.operations';
import { meMock, renderShell } from '../../../test/render-shell';

/** Issue #19 §5 (ACC-8, X-2): the public registration form of the administrative contact, in FR, NL and EN. */
const sofie = {
  customerNumber: '10000005',
  contractNumber: 'LC-10000005-01',
  enterpriseNumber: '0417.497.106',
  contactName: 'Sofie Peeters',
  email: 'sofie.peeters@example.be',
  phone: '+32 3 555 66 77',
};

const LABELS = {
  fr: [
    'Numéro client',
    'Numéro d’un de vos contrats',
    'Numéro d’entreprise',
    'Nom du contact administratif',
    'Adresse e-mail du contact',
    'Téléphone du contact',
  ],
  nl: [
    'Klantnummer',
    'Nummer van een van uw contracten',
    'Ondernemingsnummer',
    'Naam van de administratieve contactpersoon',
    'E-mailadres van de contactpersoon',
    'Telefoon van de contactpersoon',
  ],
  en: [
    'Customer number',
    'Number of one of your contracts',
    'Enterprise number',
    'Name of the administrative contact',
    'E-mail address of the contact',
    'Phone of the contact',
  ],
} as const;

function registerMock(language: 'FR' | 'NL' | 'EN', answer: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: RegisterAdministrativeContactDocument, variables: { input: { ...sofie, language } } }, result: answer };
}
const accepted = { data: { registerAdministrativeContact: true } };

async function fill(user: ReturnType<typeof userEvent.setup>, labels: readonly string[], values = sofie) {
  const inOrder = [values.customerNumber, values.contractNumber, values.enterpriseNumber, values.contactName, values.email, values.phone];
  for (const [i, label] of labels.entries()) await user.type(await screen.findByLabelText(label), inOrder[i]!);
}

/** The error words tied to a field (aria-describedby), as a screen reader says them. */
function errorOf(label: string): string | null {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className === 'cc-field__error')?.textContent ?? null;
}

describe('public registration of the administrative contact (issue #19 §5, ACC-8)', () => {
  it('FR: from the sign-in page, sends the form in French and confirms without saying whether the numbers match', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/sign-in', mocks: [meMock(null), registerMock('FR', accepted)] });
    await user.click(await screen.findByRole('link', { name: 'Pas encore d’accès ? Inscrivez le contact administratif de votre société' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inscrire le contact administratif' })).toBeTruthy();
    await fill(user, LABELS.fr);
    await user.click(screen.getByRole('button', { name: 'Envoyer l’inscription' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe(
      'Merci, votre inscription est envoyée.' +
        'Un e-mail de confirmation part vers l’adresse indiquée. Le Service Clients vérifie ces données : si elles correspondent à nos dossiers, la personne inscrite recevra son identifiant et un mot de passe temporaire par e-mail.',
    );
    expect(screen.queryByRole('button', { name: 'Envoyer l’inscription' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Retour à la connexion' }).getAttribute('href')).toBe('/sign-in');
  });

  it('NL: checks the enterprise number (mod 97) as it is typed, then shows the gateway’s field codes in Dutch', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/register',
      language: 'nl',
      mocks: [
        meMock(null),
        registerMock('NL', {
          errors: [
            {
              message: 'Some fields are not valid',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  { field: 'contractNumber', code: 'CONTRACT_NUMBER_INVALID', message: 'As printed on the contract' },
                  { field: 'phone', code: 'PHONE_INVALID', message: 'A phone number such as +32 4 123 45 67' },
                ],
              },
            },
          ],
        }),
      ],
    });
    const enterprise = await screen.findByLabelText('Ondernemingsnummer');
    await user.type(enterprise, '0417.497.10');
    expect(errorOf('Ondernemingsnummer')).toBeNull();
    await user.type(enterprise, '7');
    expect(errorOf('Ondernemingsnummer')).toBe(
      'Dit ondernemingsnummer is niet geldig: 10 cijfers waarvan de laatste twee de modulo 97-controle vormen.',
    );
    expect(enterprise.getAttribute('aria-invalid')).toBe('true');
    await user.clear(enterprise);
    await fill(user, LABELS.nl);
    expect(errorOf('Ondernemingsnummer')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Registratie versturen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Verbeter de aangeduide velden.');
    expect(LABELS.nl.map(errorOf)).toEqual([
      null,
      'Dit contractnummer is niet geldig, bijvoorbeeld LC-10000001-01.',
      null,
      null,
      null,
      'Dit telefoonnummer is niet geldig.',
    ]);
  });

  it('EN: says which fields are missing without sending anything, and that the network sent too many forms', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/register',
      language: 'en',
      mocks: [
        meMock(null),
        registerMock('EN', { errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', reason: 'IP_THROTTLED' } }] }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Register the administrative contact' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send the registration' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Correct the fields marked.');
    expect(LABELS.en.map(errorOf)).toEqual(Array.from({ length: 6 }, () => 'This field is required.'));
    await user.type(screen.getByLabelText('Customer number'), '1234');
    await user.click(screen.getByRole('button', { name: 'Send the registration' }));
    expect(errorOf('Customer number')).toBe('This customer number is not valid.');
    await user.clear(screen.getByLabelText('Customer number'));
    await fill(user, LABELS.en);
    await user.click(screen.getByRole('button', { name: 'Send the registration' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Too many attempts from your network. Try again in a few minutes.'),
    );
    expect(LABELS.en.map(errorOf)).toEqual(Array.from({ length: 6 }, () => null));
  });

  it('EN: the sign-in page links to the form', async () => {
    await renderShell({ route: '/sign-in', language: 'en', mocks: [meMock(null)] });
    expect(
      (await screen.findByRole('link', { name: 'No access yet? Register your company’s administrative contact' })).getAttribute('href'),
    ).toBe('/register');
  });
});
