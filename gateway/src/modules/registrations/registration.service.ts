import type { EntityManager } from '@mikro-orm/core';
import { normalizeEnterpriseNumber } from '../../core/enterprise-number';
import { badInput, DomainError, notFound, type FieldProblem } from '../../platform/errors';
import type { GatewaySettings } from '../../platform/graphql/context';
import { throttledAddressOf } from '../../core/address-prefix';
import { hitRateLimit } from '../../platform/rate-limiter';
import { AuditService } from '../audit';
import { ContractService } from '../contracts';
import { CustomerService } from '../customers';
import { IdentityService, LoginDirectory, type CustomerLogin, type StaffAccount } from '../identity';
import { enqueueMail } from '../notifications';
import { Registration } from './registration.entity';
import type { RegisterContactInput, RegistrationView } from './registration.types';

/** Registrations one address may send per hour (IPv6 counted per /64, like the sign-in throttle, #11 §5). */
export const REGISTRATIONS_PER_ADDRESS = 10;
const REGISTRATION_WINDOW_MS = 60 * 60_000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** ACC-8: public registration of an administrative contact, verified by Customer Services, then ACC-2. */
export class RegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: GatewaySettings,
  ) {}

  /**
   * Validates, stores and confirms by e-mail; neither the answer nor the e-mail says whether the
   * customer exists or the numbers match (issue #19 §5).
   */
  async register(input: RegisterContactInput, ip: string, now: Date): Promise<void> {
    const throttle = await hitRateLimit(
      this.em,
      `registration:${throttledAddressOf(ip)}`,
      REGISTRATIONS_PER_ADDRESS,
      REGISTRATION_WINDOW_MS,
      now,
    );
    if (!throttle.allowed)
      throw new DomainError(
        'RATE_LIMITED',
        `Too many registrations from your network: try again in ${throttle.retryAfterSeconds} seconds`,
        {
          reason: 'IP_THROTTLED',
        },
      );
    const problems: FieldProblem[] = [];
    const customerNumber = input.customerNumber.replace(/\s/g, '');
    const contractNumber = input.contractNumber.trim().toUpperCase();
    const enterpriseNumber = normalizeEnterpriseNumber(input.enterpriseNumber);
    const contactName = input.contactName.replace(/\s+/g, ' ').trim();
    const email = input.email.trim().toLowerCase();
    const phone = input.phone.trim();
    if (!/^\d{8}$/.test(customerNumber))
      problems.push({ field: 'customerNumber', code: 'CUSTOMER_NUMBER_INVALID', message: '8 digits, as printed on our letters' });
    if (!/^[A-Z0-9-]{4,20}$/.test(contractNumber))
      problems.push({ field: 'contractNumber', code: 'CONTRACT_NUMBER_INVALID', message: 'As printed on the contract' });
    if (!enterpriseNumber)
      problems.push({ field: 'enterpriseNumber', code: 'ENTERPRISE_NUMBER_INVALID', message: '10 digits with a valid check number' });
    if (contactName.length < 2 || contactName.length > 200)
      problems.push({ field: 'contactName', code: 'REQUIRED', message: '2 to 200 characters' });
    if (!EMAIL.test(email) || email.length > 254)
      problems.push({ field: 'email', code: 'EMAIL_INVALID', message: 'Not an e-mail address' });
    if (!/^\+?[\d ()./-]{6,32}$/.test(phone))
      problems.push({ field: 'phone', code: 'PHONE_INVALID', message: 'A phone number such as +32 4 123 45 67' });
    if (problems.length) throw badInput('Some fields are not valid', problems);
    const customer = await new CustomerService(this.em).findByCustomerNumber(customerNumber);
    const contract = customer ? await new ContractService(this.em).hasContract(customer.id, contractNumber) : false;
    const language = input.language ?? 'fr';
    this.em.create(Registration, {
      customerNumber,
      contractNumber,
      enterpriseNumber: enterpriseNumber!,
      contactName,
      email,
      phone,
      language,
      status: 'PENDING',
      numbersMatch: Boolean(customer && contract && customer.enterpriseNumber === enterpriseNumber),
      createdAt: now,
      updatedAt: now,
    });
    enqueueMail(this.em, { to: email, language, template: { kind: 'registration-received', name: contactName, customerNumber } }, now);
    await this.em.flush();
  }

  async pending(): Promise<RegistrationView[]> {
    const registrations = await this.em.find(Registration, { status: 'PENDING' }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    const customers = await new CustomerService(this.em).findByCustomerNumbers(registrations.map((r) => r.customerNumber));
    return registrations.map((r) => ({
      ...r,
      id: r.id,
      createdAt: r.createdAt,
      customerName: customers.find((c) => c.customerNumber === r.customerNumber)?.name ?? null,
    }));
  }

  /** BO-4: the numbers match; the contact becomes the customer's and gets its administrator access (ACC-2). */
  async verify(staff: StaffAccount, id: string, now: Date): Promise<CustomerLogin> {
    const registration = await this.em.findOne(Registration, { id, status: 'PENDING' });
    if (!registration) throw notFound('Registration');
    const customer = await new CustomerService(this.em).findByCustomerNumber(registration.customerNumber);
    const contract = customer ? await new ContractService(this.em).hasContract(customer.id, registration.contractNumber) : false;
    if (!customer || !contract || customer.enterpriseNumber !== registration.enterpriseNumber) {
      throw badInput('The numbers do not match our records: reject this registration', [], 'NUMBERS_MISMATCH');
    }
    if ((await new LoginDirectory(this.em).countLoginsOf(customer.id)) > 0) {
      throw badInput('This customer already has logins: its administrators create further accesses', [], 'CUSTOMER_HAS_LOGINS');
    }
    const before = {
      contactName: customer.contactName ?? null,
      contactEmail: customer.contactEmail ?? null,
      contactPhone: customer.contactPhone ?? null,
    };
    customer.contactName = registration.contactName;
    customer.contactEmail = registration.email;
    customer.contactPhone = registration.phone;
    registration.status = 'VERIFIED';
    registration.decidedByRef = staff.id;
    const login = await new IdentityService(this.em, this.settings).createLogin(
      customer,
      { name: registration.contactName, email: registration.email, profile: 'ADMINISTRATOR' as never, language: registration.language },
      null,
      now,
    );
    new AuditService(this.em).record({
      customerRef: customer.id,
      actor: { kind: 'staff', ref: staff.id, name: staff.name },
      action: 'registration.verified',
      entityType: 'customer',
      entityRef: customer.customerNumber,
      before,
      after: { contactName: customer.contactName, contactEmail: customer.contactEmail, contactPhone: customer.contactPhone },
      at: now,
    });
    await this.em.flush();
    return login;
  }

  async reject(staff: StaffAccount, id: string, reason: string, now: Date): Promise<void> {
    const registration = await this.em.findOne(Registration, { id, status: 'PENDING' });
    if (!registration) throw notFound('Registration');
    if (reason.trim().length < 5)
      throw badInput('Give the reason', [{ field: 'reason', code: 'REQUIRED', message: 'At least 5 characters' }]);
    registration.status = 'REJECTED';
    registration.rejectionReason = reason.trim();
    registration.decidedByRef = staff.id;
    new AuditService(this.em).record({
      customerRef: null,
      actor: { kind: 'staff', ref: staff.id, name: staff.name },
      action: 'registration.rejected',
      entityType: 'registration',
      entityRef: registration.id,
      at: now,
    });
    await this.em.flush();
  }
}
