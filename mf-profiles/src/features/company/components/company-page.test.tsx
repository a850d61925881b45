import { screen, within } from '@testing-library/react';
import type { CompanyInformationQuery as CompanyData } from '../../../gql/graphql';
import { CompanyInformationQuery } from '../api/company.queries';
import { renderProfilesTab } from '../../../test/render-tab';

function company(overrides: Partial<CompanyData['company']> = {}): CompanyData {
  return {
    __typename: 'Query',
    company: {
      __typename: 'Company',
      id: 'c1',
      customerNumber: '10000001',
      name: 'Constructions Mosanes',
      legalForm: 'SRL',
      enterpriseNumberFormatted: '0403.170.701',
      vatNumber: 'BE0403170701',
      registeredOffice: { __typename: 'Address', street: 'Quai de la Batte 12', postalCode: '4000', city: 'Liège', country: 'BE' },
      billingAddress: null,
      bankAccount: { __typename: 'BankAccount', maskedIban: 'BE•• •••• •••• 7034', bic: 'GKCCBEBB' },
      bic: 'GKCCBEBB',
      language: 'FR',
      administrativeContact: {
        __typename: 'AdministrativeContact',
        name: 'Anne Dupont',
        email: 'anne@mosanes.example',
        phone: '+32 4 123 45 67',
      },
      companyDataChangedAt: '2026-11-26T10:15:00.000Z',
      ...overrides,
    },
  };
}

const mock = (data: CompanyData) => ({ request: { query: CompanyInformationQuery }, result: { data } });

function block(name: string) {
  return screen.getByRole('region', { name });
}

describe('company information (COM-1, COM-2, COM-3)', () => {
  it('shows every block, the IBAN masked, the last change date, and prefilled change links', async () => {
    await renderProfilesTab({ mocks: [mock(company())] });
    expect(await screen.findByText('Dernière modification des données : 26/11/2026')).toBeTruthy();
    expect(within(block('Compte bancaire')).getByText('BE•• •••• •••• 7034')).toBeTruthy();
    expect(within(block('Compte bancaire')).getByText('GKCCBEBB')).toBeTruthy();
    expect(within(block('Numéro d’entreprise et TVA')).getByText('0403.170.701')).toBeTruthy();
    expect(within(block('Siège social')).getByText(/Quai de la Batte 12/).textContent).toBe('Quai de la Batte 124000 Liège');
    expect(within(block('Adresse de facturation')).getByText('Identique au siège social')).toBeTruthy();
    expect(within(block('Correspondance et contact administratif')).getByText('Français')).toBeTruthy();
    const links = screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Demander une modification — Dénomination', '/requests/new?type=COMPANY_NAME'],
      ['Demander une modification — Numéro d’entreprise et TVA', '/requests/new?type=ENTERPRISE_NUMBER'],
      ['Demander une modification — Siège social', '/requests/new?type=ADDRESS&kind=REGISTERED_OFFICE'],
      ['Demander une modification — Adresse de facturation', '/requests/new?type=ADDRESS&kind=BILLING'],
      ['Demander une modification — Compte bancaire', '/requests/new?type=BANK_DETAILS'],
      ['Demander une modification — Correspondance et contact administratif', '/requests/new?type=OTHER'],
    ]);
  });

  it.each([
    ['nl', 'Laatste wijziging van de gegevens: 26/11/2026', 'Bankrekening', 'Wijziging aanvragen'],
    ['en', 'Data last changed on 26/11/2026', 'Bank account', 'Request a change'],
  ] as const)('in %s', async (language, lastChange, bankBlock, linkText) => {
    await renderProfilesTab({ mocks: [mock(company())], language });
    expect(await screen.findByText(lastChange)).toBeTruthy();
    expect(within(block(bankBlock)).getByText('BE•• •••• •••• 7034')).toBeTruthy();
    expect(within(block(bankBlock)).getByRole('link').textContent).toBe(`${linkText} — ${bankBlock}`);
  });

  it('gives a viewer the data without change links', async () => {
    await renderProfilesTab({ mocks: [mock(company({ companyDataChangedAt: null }))], profile: 'VIEWER', language: 'en' });
    expect(await screen.findByText('No change since your customer space was opened.')).toBeTruthy();
    expect(screen.getByText('Your viewer profile lets you read this data. Only an administrator can request a change.')).toBeTruthy();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
