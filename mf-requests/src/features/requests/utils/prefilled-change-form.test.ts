import { prefilledChangeForm, type CurrentCompanyData } from './change-form';

// COM-2, #18 item 18: "request a change" opens the form filled with what the portal knows today.
const company: CurrentCompanyData = {
  name: 'Constructions Mosanes',
  legalForm: 'SRL',
  enterpriseNumberFormatted: '0403.170.701',
  registeredOffice: { street: 'Quai de la Dérivation 12', postalCode: '4020', city: 'Liège', country: 'BE' },
  billingAddress: null,
  bic: 'GKCCBEBB',
};

describe('#18 item 18: prefilledChangeForm', () => {
  it.each([
    ['ENTERPRISE_NUMBER', 'REGISTERED_OFFICE', company, { enterpriseNumber: '0403.170.701' }],
    [
      'ADDRESS',
      'REGISTERED_OFFICE',
      company,
      { 'address.street': 'Quai de la Dérivation 12', 'address.postalCode': '4020', 'address.city': 'Liège', 'address.country': 'BE' },
    ],
    // no billing address yet: invoices go to the registered office, so the form starts from it
    ['ADDRESS', 'BILLING', company, { 'address.kind': 'BILLING', 'address.street': 'Quai de la Dérivation 12', 'address.city': 'Liège' }],
    [
      'ADDRESS',
      'BILLING',
      { ...company, billingAddress: { street: 'Postbus 40', postalCode: '9000', city: 'Gent', country: 'BE' } },
      { 'address.kind': 'BILLING', 'address.street': 'Postbus 40', 'address.postalCode': '9000', 'address.city': 'Gent' },
    ],
    [
      'BANK_DETAILS',
      'REGISTERED_OFFICE',
      company,
      { 'bankDetails.iban': '', 'bankDetails.bic': 'GKCCBEBB', 'bankDetails.accountHolder': 'Constructions Mosanes' },
    ],
    ['COMPANY_NAME', 'REGISTERED_OFFICE', company, { 'companyName.name': 'Constructions Mosanes', 'companyName.legalForm': 'SRL' }],
    ['COMPANY_NAME', 'REGISTERED_OFFICE', { ...company, legalForm: null }, { 'companyName.legalForm': '' }],
    ['OTHER', 'REGISTERED_OFFICE', company, { message: '', enterpriseNumber: '', 'address.street': '' }],
  ] as const)('%s (%s)', (type, kind, data, expected) => {
    expect(prefilledChangeForm(type, kind, data)).toMatchObject({ type, ...expected });
  });
});
