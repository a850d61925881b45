import { emptyChangeForm, toSubmitInput, validateChangeForm, type ChangeFormValues } from './change-form';

function form(type: ChangeFormValues['type'], values: Partial<ChangeFormValues>): ChangeFormValues {
  return { ...emptyChangeForm(type), ...values };
}

// REQ-1: one problem per field, with the gateway's codes and field names.
describe('validateChangeForm', () => {
  it.each([
    ['empty enterprise number', form('ENTERPRISE_NUMBER', {}), { enterpriseNumber: 'REQUIRED' }],
    [
      'bad check digits',
      form('ENTERPRISE_NUMBER', { enterpriseNumber: '0403.170.702' }),
      { enterpriseNumber: 'ENTERPRISE_NUMBER_INVALID' },
    ],
    ['good enterprise number', form('ENTERPRISE_NUMBER', { enterpriseNumber: '0403.170.701' }), {}],
    [
      'Belgian address with a 3-digit postal code',
      form('ADDRESS', { 'address.street': 'Rue de la Gare 1', 'address.postalCode': '999', 'address.city': 'Liège' }),
      { 'address.postalCode': 'POSTAL_CODE_INVALID_BE' },
    ],
    [
      'empty address',
      form('ADDRESS', { 'address.country': 'Belgique' }),
      { 'address.street': 'REQUIRED', 'address.city': 'REQUIRED', 'address.country': 'COUNTRY_INVALID' },
    ],
    [
      'bank details with a wrong IBAN and a foreign BIC',
      form('BANK_DETAILS', {
        'bankDetails.iban': 'BE71 0961 2345 6768',
        'bankDetails.bic': 'ABNANL2A',
        'bankDetails.accountHolder': 'Mosanes',
        password: 'x',
      }),
      { 'bankDetails.iban': 'IBAN_CHECKSUM' },
    ],
    [
      'bank details with a BIC of another country',
      form('BANK_DETAILS', {
        'bankDetails.iban': 'BE71 0961 2345 6769',
        'bankDetails.bic': 'ABNANL2A',
        'bankDetails.accountHolder': 'Mosanes',
        password: 'x',
      }),
      { 'bankDetails.bic': 'BIC_COUNTRY_MISMATCH' },
    ],
    [
      'bank details without the password',
      form('BANK_DETAILS', {
        'bankDetails.iban': 'BE71 0961 2345 6769',
        'bankDetails.bic': 'GEBABEBB',
        'bankDetails.accountHolder': 'Mosanes',
      }),
      { password: 'REQUIRED' },
    ],
    ['one-letter company name', form('COMPANY_NAME', { 'companyName.name': 'A' }), { 'companyName.name': 'TOO_SHORT' }],
    ['short message', form('OTHER', { message: 'Bonjour' }), { message: 'TOO_SHORT' }],
  ])('%s', (_name, values, expected) => {
    expect(Object.fromEntries(Object.entries(validateChangeForm(values)).filter(([, code]) => code))).toEqual(expected);
  });
});

describe('toSubmitInput', () => {
  it('sends only the chosen type, in electronic form, with the one idempotency key (REQ-5)', () => {
    const values = form('BANK_DETAILS', {
      'bankDetails.iban': 'be68 5390 0754 7034',
      'bankDetails.bic': 'trio be bb',
      'bankDetails.accountHolder': '  Constructions   Mosanes ',
      password: 'Hangar-Bleu-2026!',
    });
    expect(toSubmitInput(values, 'key-123456', ['a1'])).toEqual({
      type: 'BANK_DETAILS',
      idempotencyKey: 'key-123456',
      attachmentIds: ['a1'],
      password: 'Hangar-Bleu-2026!',
      bankDetails: { iban: 'BE68539007547034', bic: 'TRIOBEBB', accountHolder: 'Constructions Mosanes' },
    });
  });

  it('sends the billing address kind', () => {
    const values = form('ADDRESS', {
      'address.kind': 'BILLING',
      'address.street': 'Quai 2',
      'address.postalCode': '4000',
      'address.city': 'Liège',
      'address.country': 'be',
    });
    expect(toSubmitInput(values, 'k-12345678', [])).toEqual({
      type: 'ADDRESS',
      idempotencyKey: 'k-12345678',
      address: { kind: 'BILLING', street: 'Quai 2', postalCode: '4000', city: 'Liège', country: 'BE' },
    });
  });
});
