import { bicCountryMatchesIban, maskIban, validateBic, validateIban } from '../../core/bank-account';
import { formatEnterpriseNumber, normalizeEnterpriseNumber, vatNumberFromEnterpriseNumber } from '../../core/enterprise-number';
import { isPostalCodeForCountry } from '../../core/postal-code';
import type { FieldProblem } from '../../platform/errors';
import type { CompanyDataChange, Customer } from '../customers';
import { AddressKind, ChangeRequestType } from './request.enums';

export type ChangePayload =
  | { type: ChangeRequestType.ENTERPRISE_NUMBER; enterpriseNumber: string }
  | { type: ChangeRequestType.ADDRESS; kind: AddressKind; street: string; postalCode: string; city: string; country: string }
  | { type: ChangeRequestType.BANK_DETAILS; iban: string; bic: string; accountHolder: string }
  | { type: ChangeRequestType.COMPANY_NAME; name: string; legalForm: string | null }
  | { type: ChangeRequestType.OTHER; message: string };

export interface RawChangeInput {
  type: ChangeRequestType;
  enterpriseNumber?: string | null;
  address?: { kind: AddressKind; street: string; postalCode: string; city: string; country: string } | null;
  bankDetails?: { iban: string; bic: string; accountHolder: string } | null;
  companyName?: { name: string; legalForm?: string | null } | null;
  message?: string | null;
}

const text = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * REQ-1: each form validates what it can — enterprise number (mod 97), IBAN (mod 97, length per
 * country) and BIC, postal code of the country, required fields — and gives one problem per field.
 */
export function validateChangeInput(input: RawChangeInput): { ok: true; payload: ChangePayload } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const required = (field: string, value: string, max: number, min = 1) => {
    if (value.length < min) problems.push({ field, code: 'REQUIRED', message: 'Required' });
    else if (value.length > max) problems.push({ field, code: 'TOO_LONG', message: `At most ${max} characters` });
  };
  switch (input.type) {
    case ChangeRequestType.ENTERPRISE_NUMBER: {
      const normalized = normalizeEnterpriseNumber(input.enterpriseNumber ?? '');
      if (!normalized)
        problems.push({
          field: 'enterpriseNumber',
          code: 'ENTERPRISE_NUMBER_INVALID',
          message: '10 digits, e.g. 0403.170.701, with a valid check number',
        });
      return problems.length ? { ok: false, problems } : { ok: true, payload: { type: input.type, enterpriseNumber: normalized! } };
    }
    case ChangeRequestType.ADDRESS: {
      const a = input.address;
      if (!a) return { ok: false, problems: [{ field: 'address', code: 'REQUIRED', message: 'Required' }] };
      const street = text(a.street);
      const city = text(a.city);
      const country = text(a.country).toUpperCase();
      const postalCode = text(a.postalCode).toUpperCase();
      required('address.street', street, 200, 3);
      required('address.city', city, 100);
      if (!/^[A-Z]{2}$/.test(country))
        problems.push({ field: 'address.country', code: 'COUNTRY_INVALID', message: 'A two-letter country code such as BE' });
      else if (!isPostalCodeForCountry(country, postalCode)) {
        problems.push({
          field: 'address.postalCode',
          code: 'POSTAL_CODE_INVALID',
          message: country === 'BE' ? '4 digits from 1000 to 9999' : `Not a postal code of ${country}`,
        });
      }
      return problems.length
        ? { ok: false, problems }
        : { ok: true, payload: { type: input.type, kind: a.kind, street, postalCode, city, country } };
    }
    case ChangeRequestType.BANK_DETAILS: {
      const b = input.bankDetails;
      if (!b) return { ok: false, problems: [{ field: 'bankDetails', code: 'REQUIRED', message: 'Required' }] };
      const iban = validateIban(b.iban ?? '');
      const bic = text(b.bic).toUpperCase().replace(/\s/g, '');
      const accountHolder = text(b.accountHolder);
      if (!iban.ok) problems.push({ field: 'bankDetails.iban', code: iban.code, message: 'Not a valid IBAN' });
      if (!validateBic(bic)) problems.push({ field: 'bankDetails.bic', code: 'BIC_INVALID', message: '8 or 11 characters, e.g. GEBABEBB' });
      else if (iban.ok && !bicCountryMatchesIban(bic, iban.iban))
        problems.push({ field: 'bankDetails.bic', code: 'BIC_COUNTRY_MISMATCH', message: 'The BIC is of another country than the IBAN' });
      required('bankDetails.accountHolder', accountHolder, 200, 2);
      return problems.length || !iban.ok
        ? { ok: false, problems }
        : { ok: true, payload: { type: input.type, iban: iban.iban, bic, accountHolder } };
    }
    case ChangeRequestType.COMPANY_NAME: {
      const c = input.companyName;
      if (!c) return { ok: false, problems: [{ field: 'companyName', code: 'REQUIRED', message: 'Required' }] };
      const name = text(c.name);
      const legalForm = text(c.legalForm) || null;
      required('companyName.name', name, 200, 2);
      if (legalForm && legalForm.length > 40)
        problems.push({ field: 'companyName.legalForm', code: 'TOO_LONG', message: 'At most 40 characters' });
      return problems.length ? { ok: false, problems } : { ok: true, payload: { type: input.type, name, legalForm } };
    }
    case ChangeRequestType.OTHER: {
      const message = (input.message ?? '').trim();
      required('message', message, 4000, 10);
      if (message.length > 0 && message.length < 10)
        problems[problems.length - 1] = { field: 'message', code: 'TOO_SHORT', message: 'At least 10 characters' };
      return problems.length ? { ok: false, problems } : { ok: true, payload: { type: input.type, message } };
    }
  }
}

/** The payload as a change to company data; OTHER changes nothing automatically. */
export function companyChangeOf(payload: ChangePayload): CompanyDataChange | null {
  switch (payload.type) {
    case ChangeRequestType.ENTERPRISE_NUMBER:
      return { enterpriseNumber: payload.enterpriseNumber, vatNumber: vatNumberFromEnterpriseNumber(payload.enterpriseNumber) };
    case ChangeRequestType.ADDRESS: {
      const address = { street: payload.street, postalCode: payload.postalCode, city: payload.city, country: payload.country };
      return payload.kind === AddressKind.BILLING ? { billingAddress: address } : { registeredOffice: address };
    }
    case ChangeRequestType.BANK_DETAILS:
      return { bankAccount: { iban: payload.iban, bic: payload.bic } };
    case ChangeRequestType.COMPANY_NAME:
      return { name: payload.name, legalForm: payload.legalForm };
    case ChangeRequestType.OTHER:
      return null;
  }
}

export interface ChangeDetailValue {
  field: string;
  value: string | null;
}

/** Label/value pairs of the requested change; the IBAN is masked for everyone but the back office. */
export function describePayload(payload: ChangePayload, revealIban: boolean): ChangeDetailValue[] {
  switch (payload.type) {
    case ChangeRequestType.ENTERPRISE_NUMBER:
      return [{ field: 'enterpriseNumber', value: formatEnterpriseNumber(payload.enterpriseNumber) }];
    case ChangeRequestType.ADDRESS:
      return [
        { field: 'addressKind', value: payload.kind },
        { field: 'street', value: payload.street },
        { field: 'postalCode', value: payload.postalCode },
        { field: 'city', value: payload.city },
        { field: 'country', value: payload.country },
      ];
    case ChangeRequestType.BANK_DETAILS:
      return [
        { field: 'iban', value: revealIban ? payload.iban : maskIban(payload.iban) },
        { field: 'bic', value: payload.bic },
        { field: 'accountHolder', value: payload.accountHolder },
      ];
    case ChangeRequestType.COMPANY_NAME:
      return [
        { field: 'name', value: payload.name },
        { field: 'legalForm', value: payload.legalForm },
      ];
    case ChangeRequestType.OTHER:
      return [{ field: 'message', value: payload.message }];
  }
}

/** The company's current values for the same fields, for the side-by-side view (BO-3). */
export function currentValuesFor(customer: Customer, payload: ChangePayload, revealIban: boolean): ChangeDetailValue[] {
  switch (payload.type) {
    case ChangeRequestType.ENTERPRISE_NUMBER:
      return [{ field: 'enterpriseNumber', value: formatEnterpriseNumber(customer.enterpriseNumber) }];
    case ChangeRequestType.ADDRESS:
      return payload.kind === AddressKind.BILLING
        ? [
            { field: 'addressKind', value: payload.kind },
            { field: 'street', value: customer.billingStreet ?? null },
            { field: 'postalCode', value: customer.billingPostalCode ?? null },
            { field: 'city', value: customer.billingCity ?? null },
            { field: 'country', value: customer.billingCountry ?? null },
          ]
        : [
            { field: 'addressKind', value: payload.kind },
            { field: 'street', value: customer.registeredStreet },
            { field: 'postalCode', value: customer.registeredPostalCode },
            { field: 'city', value: customer.registeredCity },
            { field: 'country', value: customer.registeredCountry },
          ];
    case ChangeRequestType.BANK_DETAILS:
      return [
        { field: 'iban', value: customer.iban ? (revealIban ? customer.iban : maskIban(customer.iban)) : null },
        { field: 'bic', value: customer.bic ?? null },
        { field: 'accountHolder', value: customer.name },
      ];
    case ChangeRequestType.COMPANY_NAME:
      return [
        { field: 'name', value: customer.name },
        { field: 'legalForm', value: customer.legalForm ?? null },
      ];
    case ChangeRequestType.OTHER:
      return [];
  }
}
