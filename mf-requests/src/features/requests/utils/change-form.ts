import type { ChangeRequestType, SubmitChangeRequestInput } from '../../../gql/graphql';
import {
  bicMatchesIbanCountry,
  electronicForm,
  ibanProblem,
  isPostalCodeForCountry,
  isValidBic,
  normalizeEnterpriseNumber,
} from './change-validators';

export type AddressKindChoice = 'REGISTERED_OFFICE' | 'BILLING';

/** Every field of the five forms, as typed (REQ-1). Field names are the gateway's `extensions.fields[].field`. */
export interface ChangeFormValues {
  type: ChangeRequestType;
  enterpriseNumber: string;
  'address.kind': AddressKindChoice;
  'address.street': string;
  'address.postalCode': string;
  'address.city': string;
  'address.country': string;
  'bankDetails.iban': string;
  'bankDetails.bic': string;
  'bankDetails.accountHolder': string;
  password: string;
  'companyName.name': string;
  'companyName.legalForm': string;
  message: string;
  contractNumber: string;
}

export type ChangeField = Exclude<keyof ChangeFormValues, 'type'>;

/** One problem per field, with the gateway's code (REQUIRED, TOO_SHORT, IBAN_CHECKSUM…). */
export type FieldProblems = Partial<Record<string, string>>;

export const changeTypes: readonly ChangeRequestType[] = ['ENTERPRISE_NUMBER', 'ADDRESS', 'BANK_DETAILS', 'COMPANY_NAME', 'OTHER'];

export function isChangeType(value: string | null): value is ChangeRequestType {
  return changeTypes.some((type) => type === value);
}

export function emptyChangeForm(type: ChangeRequestType, kind: AddressKindChoice = 'REGISTERED_OFFICE'): ChangeFormValues {
  return {
    type,
    enterpriseNumber: '',
    'address.kind': kind,
    'address.street': '',
    'address.postalCode': '',
    'address.city': '',
    'address.country': 'BE',
    'bankDetails.iban': '',
    'bankDetails.bic': '',
    'bankDetails.accountHolder': '',
    password: '',
    'companyName.name': '',
    'companyName.legalForm': '',
    message: '',
    contractNumber: '',
  };
}

const squeeze = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * The gateway's length limits (request-payloads.ts), in characters; the "too short / too long"
 * messages say them (#18 item 12).
 */
export const lengthLimits: Readonly<Partial<Record<ChangeField, { min: number; max: number }>>> = {
  'address.street': { min: 3, max: 200 },
  'address.city': { min: 1, max: 100 },
  'bankDetails.accountHolder': { min: 2, max: 200 },
  'companyName.name': { min: 2, max: 200 },
  'companyName.legalForm': { min: 0, max: 40 },
  message: { min: 10, max: 4000 },
};

/** The gateway's rules (request-payloads.ts validateChangeInput), field by field. */
export function validateChangeForm(values: ChangeFormValues): FieldProblems {
  const problems: FieldProblems = {};
  const length = (field: ChangeField) => {
    const { min, max } = lengthLimits[field]!;
    const value = squeeze(values[field]);
    if (value.length < min) problems[field] = value.length === 0 ? 'REQUIRED' : 'TOO_SHORT';
    else if (value.length > max) problems[field] = 'TOO_LONG';
  };
  switch (values.type) {
    case 'ENTERPRISE_NUMBER':
      if (!normalizeEnterpriseNumber(values.enterpriseNumber)) {
        problems.enterpriseNumber = values.enterpriseNumber.trim() ? 'ENTERPRISE_NUMBER_INVALID' : 'REQUIRED';
      }
      break;
    case 'ADDRESS': {
      length('address.street');
      length('address.city');
      const country = squeeze(values['address.country']).toUpperCase();
      if (!/^[A-Z]{2}$/.test(country)) problems['address.country'] = 'COUNTRY_INVALID';
      else if (!values['address.postalCode'].trim()) problems['address.postalCode'] = 'REQUIRED';
      else if (!isPostalCodeForCountry(country, squeeze(values['address.postalCode'])))
        problems['address.postalCode'] = country === 'BE' ? 'POSTAL_CODE_INVALID_BE' : 'POSTAL_CODE_INVALID';
      break;
    }
    case 'BANK_DETAILS': {
      const iban = values['bankDetails.iban'];
      const ibanCode = iban.trim() ? ibanProblem(iban) : 'REQUIRED';
      if (ibanCode) problems['bankDetails.iban'] = ibanCode;
      const bic = values['bankDetails.bic'];
      if (!bic.trim()) problems['bankDetails.bic'] = 'REQUIRED';
      else if (!isValidBic(bic)) problems['bankDetails.bic'] = 'BIC_INVALID';
      else if (!ibanCode && !bicMatchesIbanCountry(bic, iban)) problems['bankDetails.bic'] = 'BIC_COUNTRY_MISMATCH';
      length('bankDetails.accountHolder');
      if (!values.password) problems.password = 'REQUIRED';
      break;
    }
    case 'COMPANY_NAME':
      length('companyName.name');
      length('companyName.legalForm');
      break;
    case 'OTHER': {
      const message = values.message.trim();
      if (!message) problems.message = 'REQUIRED';
      else if (message.length < lengthLimits.message!.min) problems.message = 'TOO_SHORT';
      else if (message.length > lengthLimits.message!.max) problems.message = 'TOO_LONG';
      break;
    }
  }
  return problems;
}

/** The mutation input for the chosen type only; the same idempotency key for every try of one form (REQ-5). */
export function toSubmitInput(
  values: ChangeFormValues,
  idempotencyKey: string,
  attachmentIds: readonly string[],
): SubmitChangeRequestInput {
  const comment = values.message.trim();
  const base = {
    type: values.type,
    idempotencyKey,
    ...(attachmentIds.length ? { attachmentIds: [...attachmentIds] } : {}),
    ...(values.contractNumber.trim() ? { contractNumber: values.contractNumber.trim() } : {}),
    ...(comment ? { message: comment } : {}),
  };
  switch (values.type) {
    case 'ENTERPRISE_NUMBER':
      return { ...base, enterpriseNumber: normalizeEnterpriseNumber(values.enterpriseNumber) ?? values.enterpriseNumber.trim() };
    case 'ADDRESS':
      return {
        ...base,
        address: {
          kind: values['address.kind'],
          street: squeeze(values['address.street']),
          postalCode: squeeze(values['address.postalCode']).toUpperCase(),
          city: squeeze(values['address.city']),
          country: squeeze(values['address.country']).toUpperCase(),
        },
      };
    case 'BANK_DETAILS':
      return {
        ...base,
        password: values.password,
        bankDetails: {
          iban: electronicForm(values['bankDetails.iban']),
          bic: electronicForm(values['bankDetails.bic']),
          accountHolder: squeeze(values['bankDetails.accountHolder']),
        },
      };
    case 'COMPANY_NAME':
      return {
        ...base,
        companyName: { name: squeeze(values['companyName.name']), legalForm: squeeze(values['companyName.legalForm']) || null },
      };
    case 'OTHER':
      return base;
  }
}

/** What the portal knows of the company, as the request form needs it (COM-2). */
export interface CurrentCompanyData {
  name: string;
  legalForm: string | null;
  enterpriseNumberFormatted: string;
  registeredOffice: { street: string; postalCode: string; city: string; country: string };
  billingAddress: { street: string; postalCode: string; city: string; country: string } | null;
  bic: string | null;
}

/**
 * COM-2 (#18 item 18): a form of the chosen type filled with the current values, to be edited. A
 * billing address not given yet starts from the registered office (where invoices go today); the
 * IBAN is never prefilled (only its masked form is known here, and it must be typed anew).
 */
export function prefilledChangeForm(type: ChangeRequestType, kind: AddressKindChoice, company: CurrentCompanyData): ChangeFormValues {
  const values = emptyChangeForm(type, kind);
  switch (type) {
    case 'ENTERPRISE_NUMBER':
      return { ...values, enterpriseNumber: company.enterpriseNumberFormatted };
    case 'ADDRESS': {
      const address = kind === 'BILLING' ? (company.billingAddress ?? company.registeredOffice) : company.registeredOffice;
      return {
        ...values,
        'address.street': address.street,
        'address.postalCode': address.postalCode,
        'address.city': address.city,
        'address.country': address.country,
      };
    }
    case 'BANK_DETAILS':
      return { ...values, 'bankDetails.bic': company.bic ?? '', 'bankDetails.accountHolder': company.name };
    case 'COMPANY_NAME':
      return { ...values, 'companyName.name': company.name, 'companyName.legalForm': company.legalForm ?? '' };
    case 'OTHER':
      return values;
  }
}
