import { GraphQLError } from 'graphql';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChangeRequestDetailQuery, RequestFormCompanyQuery, SubmitChangeRequestMutation } from '../api/requests.operations';
import { detail } from '../../../test/request-fixtures';
import { renderRequestsTab } from '../../../test/render-tab';

const KEY = '11111111-2222-4333-8444-555555555555';

beforeEach(() => {
  vi.spyOn(crypto, 'randomUUID').mockReturnValue(KEY);
});
afterEach(() => vi.restoreAllMocks());

const bankInput = {
  type: 'BANK_DETAILS',
  idempotencyKey: KEY,
  password: 'Hangar-Bleu-2026!',
  bankDetails: { iban: 'BE68539007547034', bic: 'GKCCBEBB', accountHolder: 'Constructions Mosanes' },
};

async function fillBankDetails(user: ReturnType<typeof userEvent.setup>, iban: string) {
  await user.type(screen.getByLabelText('IBAN *'), iban);
  await user.type(screen.getByLabelText('BIC *'), 'GKCCBEBB');
  await user.type(screen.getByLabelText('Account holder *'), 'Constructions Mosanes');
  await user.type(screen.getByLabelText('Your password (confirmation) *'), 'Hangar-Bleu-2026!');
}

describe('request forms (REQ-1, REQ-4, REQ-5)', () => {
  it('refuses a bad IBAN before sending, and explains the four-eyes check (EN)', async () => {
    const user = userEvent.setup();
    await renderRequestsTab({ mocks: [], route: '/requests/new?type=BANK_DETAILS', language: 'en' });
    expect(
      screen.getByText(
        'This change is the usual target of fraud. Every administrator of your company is told by e-mail, and two different Customer Services agents must approve it before it is applied.',
      ),
    ).toBeTruthy();
    await fillBankDetails(user, 'BE68 5390 0754 7035');
    await user.click(screen.getByRole('button', { name: 'Send the request' }));
    // #18 item 6: the shared table's wording (was "mod-97 check")
    expect(screen.getByText('This IBAN is not valid: check the digits (modulo 97 check).')).toBeTruthy();
    expect(screen.getByLabelText('IBAN *').getAttribute('aria-invalid')).toBe('true');
  });

  it.each([
    ['fr', 'Changement de coordonnées bancaires : contrôles renforcés'],
    ['nl', 'Wijziging van bankgegevens: extra controles'],
  ] as const)('shows the four-eyes note in %s', async (language, title) => {
    await renderRequestsTab({ mocks: [], route: '/requests/new?type=BANK_DETAILS', language });
    expect(screen.getByText(title)).toBeTruthy();
  });

  it('creates one request on a double click and opens it', async () => {
    const user = userEvent.setup();
    await renderRequestsTab({
      language: 'en',
      route: '/requests/new?type=BANK_DETAILS',
      mocks: [
        {
          request: { query: SubmitChangeRequestMutation, variables: { input: bankInput } },
          delay: 50,
          result: {
            data: { submitChangeRequest: { __typename: 'ChangeRequest', id: 'r1', reference: 'DEM-2026-0001', status: 'SUBMITTED' } },
          },
        },
        { request: { query: ChangeRequestDetailQuery, variables: { id: 'r1' } }, result: { data: detail({ status: 'SUBMITTED' }) } },
      ],
    });
    await fillBankDetails(user, 'BE68 5390 0754 7034');
    const button = screen.getByRole('button', { name: 'Send the request' });
    await user.dblClick(button);
    expect(await screen.findByText('Your request DEM-2026-0001 was submitted.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Request DEM-2026-0001' })).toBeTruthy();
  });

  it('shows the server’s field errors next to their fields', async () => {
    const user = userEvent.setup();
    await renderRequestsTab({
      route: '/requests/new?type=BANK_DETAILS',
      mocks: [
        {
          request: { query: SubmitChangeRequestMutation, variables: { input: bankInput } },
          result: {
            errors: [
              new GraphQLError('Some fields are not valid', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    { field: 'password', code: 'PASSWORD_INCORRECT', message: 'The password is not correct' },
                    { field: 'bankDetails.iban', code: 'UNCHANGED', message: 'This is already the current value' },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });
    await user.type(screen.getByLabelText('IBAN *'), 'BE68 5390 0754 7034');
    await user.type(screen.getByLabelText('BIC *'), 'GKCCBEBB');
    await user.type(screen.getByLabelText('Titulaire du compte *'), 'Constructions Mosanes');
    await user.type(screen.getByLabelText('Votre mot de passe (confirmation) *'), 'Hangar-Bleu-2026!');
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByText('Ce mot de passe n’est pas correct.')).toBeTruthy();
    expect(screen.getByText('C’est déjà la valeur actuelle.')).toBeTruthy();
    expect(screen.getByText('Certains champs doivent être corrigés avant l’envoi.')).toBeTruthy();
  });

  it('opens prefilled from the company information link (COM-2)', async () => {
    await renderRequestsTab({ mocks: [], route: '/requests/new?type=ADDRESS&kind=BILLING' });
    expect((screen.getByLabelText('Que souhaitez-vous modifier ?') as HTMLSelectElement).value).toBe('ADDRESS');
    expect((screen.getByLabelText('Adresse à modifier') as HTMLSelectElement).value).toBe('BILLING');
    expect((screen.getByLabelText('Pays *') as HTMLInputElement).value).toBe('BE');
  });

  it('checks a Belgian postal code', async () => {
    const user = userEvent.setup();
    await renderRequestsTab({ mocks: [], route: '/requests/new?type=ADDRESS', language: 'nl' });
    await user.type(screen.getByLabelText('Straat en nummer *'), 'Kerkstraat 5');
    await user.type(screen.getByLabelText('Postcode *'), '0999');
    await user.type(screen.getByLabelText('Gemeente *'), 'Gent');
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    expect(screen.getByText('Een Belgische postcode telt 4 cijfers, van 1000 tot 9999.')).toBeTruthy();
  });

  it('gives a viewer no form, only the explanation', async () => {
    await renderRequestsTab({ mocks: [], route: '/requests/new?type=BANK_DETAILS', profile: 'VIEWER' });
    expect(screen.queryByRole('button', { name: 'Envoyer la demande' })).toBeNull();
    expect(screen.getByText(/Votre profil « lecteur »/)).toBeTruthy();
  });
});

describe('#18 item 12: "too short / too long" say the limit', () => {
  it.each([
    ['fr', 'Envoyer la demande', 'Ce texte est trop court : au moins 10 caractères.', 'Ce texte est trop long : au plus 4000 caractères.'],
    ['nl', 'Aanvraag versturen', 'Deze tekst is te kort: minstens 10 tekens.', 'Deze tekst is te lang: hoogstens 4000 tekens.'],
    ['en', 'Send the request', 'This text is too short: at least 10 characters.', 'This text is too long: at most 4000 characters.'],
  ] as const)('in %s', async (language, submit, tooShort, tooLong) => {
    const user = userEvent.setup();
    await renderRequestsTab({ mocks: [], route: '/requests/new?type=OTHER', language });
    const message = document.querySelector('textarea[name="message"]') as HTMLTextAreaElement;
    await user.type(message, 'Bonjour');
    await user.click(screen.getByRole('button', { name: submit }));
    expect(screen.getByText(tooShort)).toBeTruthy();
    await user.clear(message);
    await user.click(message);
    await user.paste('x'.repeat(4001));
    await user.click(screen.getByRole('button', { name: submit }));
    expect(screen.getByText(tooLong)).toBeTruthy();
  });
});

describe('#18 item 18: "request a change" opens the form prefilled with the current values (COM-2)', () => {
  const companyMock = {
    request: { query: RequestFormCompanyQuery },
    result: {
      data: {
        company: {
          __typename: 'Company' as const,
          id: 'c1',
          name: 'Constructions Mosanes',
          legalForm: 'SRL',
          enterpriseNumberFormatted: '0403.170.701',
          registeredOffice: {
            __typename: 'Address' as const,
            street: 'Quai de la Dérivation 12',
            postalCode: '4020',
            city: 'Liège',
            country: 'BE',
          },
          billingAddress: null,
          bic: 'GKCCBEBB',
        },
      },
    },
  };

  it('fills the registered office, then keeps what the person types', async () => {
    const user = userEvent.setup();
    await renderRequestsTab({ mocks: [companyMock], route: '/requests/new?type=ADDRESS&kind=REGISTERED_OFFICE' });
    const street = screen.getByLabelText('Rue et numéro *') as HTMLInputElement;
    await waitFor(() => expect(street.value).toBe('Quai de la Dérivation 12'));
    expect((screen.getByLabelText('Code postal *') as HTMLInputElement).value).toBe('4020');
    expect((screen.getByLabelText('Localité *') as HTMLInputElement).value).toBe('Liège');
    await user.clear(street);
    await user.type(street, 'Rue Neuve 1');
    expect(street.value).toBe('Rue Neuve 1');
  });

  it('fills the company name form in English', async () => {
    await renderRequestsTab({ mocks: [companyMock], route: '/requests/new?type=COMPANY_NAME', language: 'en' });
    await waitFor(() => expect((screen.getByLabelText('Company name *') as HTMLInputElement).value).toBe('Constructions Mosanes'));
  });
});

describe('#18 item 6: the gateway’s field codes in words from the shared table (API-3, REQ-1)', () => {
  it.each([
    [
      'fr',
      'Titulaire du compte',
      'Votre mot de passe (confirmation)',
      'Envoyer la demande',
      'Le BIC appartient à un autre pays que l’IBAN.',
      'Ce mot de passe n’est pas correct.',
    ],
    [
      'nl',
      'Rekeninghouder',
      'Uw wachtwoord (bevestiging)',
      'Aanvraag versturen',
      'De BIC hoort bij een ander land dan het IBAN.',
      'Dit wachtwoord is niet juist.',
    ],
    [
      'en',
      'Account holder',
      'Your password (confirmation)',
      'Send the request',
      'The BIC belongs to another country than the IBAN.',
      'This password is not correct.',
    ],
  ] as const)('in %s', async (language, holder, password, submit, bicProblem, passwordProblem) => {
    const user = userEvent.setup();
    await renderRequestsTab({
      route: '/requests/new?type=BANK_DETAILS',
      language,
      mocks: [
        {
          request: { query: SubmitChangeRequestMutation, variables: { input: bankInput } },
          result: {
            errors: [
              new GraphQLError('Some fields are not valid', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    { field: 'bankDetails.bic', code: 'BIC_COUNTRY_MISMATCH', message: 'The BIC belongs to another country' },
                    { field: 'password', code: 'PASSWORD_INCORRECT', message: 'The password is not correct' },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });
    await user.type(screen.getByLabelText('IBAN *'), 'BE68 5390 0754 7034');
    await user.type(screen.getByLabelText('BIC *'), 'GKCCBEBB');
    await user.type(screen.getByLabelText(`${holder} *`), 'Constructions Mosanes');
    await user.type(screen.getByLabelText(`${password} *`), 'Hangar-Bleu-2026!');
    await user.click(screen.getByRole('button', { name: submit }));
    expect(await screen.findByText(bicProblem)).toBeTruthy();
    expect(screen.getByText(passwordProblem)).toBeTruthy();
  });
});
