import type { EntityManager } from '@mikro-orm/core';
import { normalizeEnterpriseNumber } from '../../core/enterprise-number';
import { containsIgnoringCase } from '../../platform/graphql/sort-direction';
import { IngestionRejected, notFound, type IngestionProblem } from '../../platform/errors';
import type { CustomerRecord } from './customer-record';
import { Customer } from './customer.entity';
import type { CorrespondenceLanguage } from './customer.enums';

/** Company data of one customer (COM-1). */
export class CustomerService {
  constructor(private readonly em: EntityManager) {}

  async getCustomer(customerId: string): Promise<Customer> {
    const customer = await this.em.findOne(Customer, { id: customerId });
    if (!customer) throw notFound('Customer');
    return customer;
  }

  /** BO-4: customers by customer number, enterprise number or part of the name, by name; at most `limit`. */
  search(text: string, limit: number): Promise<Customer[]> {
    const enterprise = normalizeEnterpriseNumber(text);
    return this.em.find(
      Customer,
      {
        $or: [
          { customerNumber: text.replace(/\s/g, '') },
          ...(enterprise ? [{ enterpriseNumber: enterprise }] : []),
          { name: containsIgnoringCase(this.em, text) },
        ],
      },
      { orderBy: [{ name: 'asc' }, { customerNumber: 'asc' }], limit },
    );
  }

  /** The customer with this customer number, or null. */
  findByCustomerNumber(customerNumber: string): Promise<Customer | null> {
    return this.em.findOne(Customer, { customerNumber });
  }

  /** The customers with these customer numbers (a page of registrations, BO-4), in one statement. */
  findByCustomerNumbers(customerNumbers: string[]): Promise<Customer[]> {
    return this.em.find(Customer, { customerNumber: { $in: customerNumbers } });
  }

  /** The id of the customer with this 8-digit customer number, or null (staff naming a customer, BO-4). */
  async idOfCustomerNumber(customerNumber: string): Promise<string | null> {
    const customer = await this.em.findOne(Customer, { customerNumber }, { fields: ['id'] });
    return customer?.id ?? null;
  }

  async setSecondFactorRequired(customerId: string, required: boolean): Promise<void> {
    const customer = await this.getCustomer(customerId);
    customer.secondFactorRequired = required;
    await this.em.flush();
  }
}

/** Upserts of core-system records (INT-1), by upstream id, inside the caller's transaction. */
export class CustomerUpstreamSync {
  constructor(private readonly em: EntityManager) {}

  async findByUpstreamIds(upstreamIds: readonly string[]): Promise<Map<string, Customer>> {
    if (upstreamIds.length === 0) return new Map();
    const found = await this.em.find(Customer, { upstreamId: { $in: [...new Set(upstreamIds)] } });
    return new Map(found.map((customer) => [customer.upstreamId, customer]));
  }

  async upsert(records: readonly CustomerRecord[]): Promise<{ byUpstreamId: Map<string, Customer>; created: number; updated: number }> {
    const byUpstreamId = await this.findByUpstreamIds(records.map((r) => r.upstreamId));
    const problems: IngestionProblem[] = [];
    const numbers = records.map((r) => r.customerNumber);
    const holders = numbers.length ? await this.em.find(Customer, { customerNumber: { $in: numbers } }) : [];
    records.forEach((record, index) => {
      const holder = holders.find((c) => c.customerNumber === record.customerNumber);
      if (holder && holder.upstreamId !== record.upstreamId) {
        problems.push({
          record: `customers[${index}]`,
          upstreamId: record.upstreamId,
          field: 'customerNumber',
          message: 'belongs to another customer',
        });
      }
    });
    if (problems.length) throw new IngestionRejected(problems);

    let created = 0;
    let updated = 0;
    for (const record of records) {
      const data = customerFieldsOf(record);
      const existing = byUpstreamId.get(record.upstreamId);
      if (existing) {
        this.em.assign(existing, data);
        updated += 1;
      } else {
        const customer = this.em.create(Customer, data);
        byUpstreamId.set(record.upstreamId, customer);
        created += 1;
      }
    }
    return { byUpstreamId, created, updated };
  }
}

/** A change to company data, applied when Customer Services completes a request (COM-3). */
export interface CompanyDataChange {
  enterpriseNumber?: string;
  vatNumber?: string | null;
  name?: string;
  legalForm?: string | null;
  registeredOffice?: { street: string; postalCode: string; city: string; country: string };
  billingAddress?: { street: string; postalCode: string; city: string; country: string };
  bankAccount?: { iban: string; bic: string };
}

type CompanyValues = Record<string, string | null>;

function valuesOf(c: Customer, change: CompanyDataChange): CompanyValues {
  const values: CompanyValues = {};
  if (change.enterpriseNumber !== undefined)
    Object.assign(values, { enterpriseNumber: c.enterpriseNumber, vatNumber: c.vatNumber ?? null });
  if (change.name !== undefined) Object.assign(values, { name: c.name, legalForm: c.legalForm ?? null });
  if (change.registeredOffice) {
    Object.assign(values, {
      registeredStreet: c.registeredStreet,
      registeredPostalCode: c.registeredPostalCode,
      registeredCity: c.registeredCity,
      registeredCountry: c.registeredCountry,
    });
  }
  if (change.billingAddress) {
    Object.assign(values, {
      billingStreet: c.billingStreet ?? null,
      billingPostalCode: c.billingPostalCode ?? null,
      billingCity: c.billingCity ?? null,
      billingCountry: c.billingCountry ?? null,
    });
  }
  if (change.bankAccount) Object.assign(values, { iban: c.iban ?? null, bic: c.bic ?? null });
  return values;
}

/** Applies a completed change to the company data and stamps the date (COM-3); returns before and after. */
export async function applyCompanyDataChange(
  em: EntityManager,
  customerId: string,
  change: CompanyDataChange,
  now: Date,
): Promise<{ before: CompanyValues; after: CompanyValues }> {
  const customer = await new CustomerService(em).getCustomer(customerId);
  const before = valuesOf(customer, change);
  if (change.enterpriseNumber !== undefined) {
    customer.enterpriseNumber = change.enterpriseNumber;
    if (change.vatNumber !== undefined) customer.vatNumber = change.vatNumber;
  }
  if (change.name !== undefined) {
    customer.name = change.name;
    customer.legalForm = change.legalForm ?? null;
  }
  if (change.registeredOffice) {
    customer.registeredStreet = change.registeredOffice.street;
    customer.registeredPostalCode = change.registeredOffice.postalCode;
    customer.registeredCity = change.registeredOffice.city;
    customer.registeredCountry = change.registeredOffice.country;
  }
  if (change.billingAddress) {
    customer.billingStreet = change.billingAddress.street;
    customer.billingPostalCode = change.billingAddress.postalCode;
    customer.billingCity = change.billingAddress.city;
    customer.billingCountry = change.billingAddress.country;
  }
  if (change.bankAccount) {
    customer.iban = change.bankAccount.iban;
    customer.bic = change.bankAccount.bic;
  }
  customer.companyDataChangedAt = now;
  return { before, after: valuesOf(customer, change) };
}

/** The columns a customer record sets, shared by the ingestion and the bulk loader (INT-1, INT-3). */
export function customerFieldsOf(record: CustomerRecord) {
  return {
    upstreamId: record.upstreamId,
    customerNumber: record.customerNumber,
    name: record.name,
    legalForm: record.legalForm ?? null,
    enterpriseNumber: record.enterpriseNumber,
    vatNumber: record.vatNumber ?? null,
    registeredStreet: record.registeredOffice.street,
    registeredPostalCode: record.registeredOffice.postalCode,
    registeredCity: record.registeredOffice.city,
    registeredCountry: record.registeredOffice.country,
    billingStreet: record.billingAddress?.street ?? null,
    billingPostalCode: record.billingAddress?.postalCode ?? null,
    billingCity: record.billingAddress?.city ?? null,
    billingCountry: record.billingAddress?.country ?? null,
    iban: record.iban ?? null,
    bic: record.bic ?? null,
    language: record.language as CorrespondenceLanguage,
    contactName: record.administrativeContact?.name ?? null,
    contactEmail: record.administrativeContact?.email ?? null,
    contactPhone: record.administrativeContact?.phone ?? null,
  };
}
