import type { EntityManager } from '@mikro-orm/core';
import { IngestionRejected, notFound, type IngestionProblem } from '../../platform/errors';
import type { CustomerRecord } from '../integration/ingestion.schema';
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
      const data = {
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
