import { formatEnterpriseNumber } from '../../core/enterprise-number';
import type { Customer } from '../customers';
import type { BackOfficeCustomer } from './change-request.types';

/** A customer as Customer Services see it (BO-2, BO-4): in a request's detail and in the customer look-up. */
export function backOfficeCustomerOf(customer: Customer, loginCount: number): BackOfficeCustomer {
  return {
    id: customer.id,
    customerNumber: customer.customerNumber,
    name: customer.name,
    enterpriseNumber: formatEnterpriseNumber(customer.enterpriseNumber),
    contactName: customer.contactName ?? null,
    contactEmail: customer.contactEmail ?? null,
    loginCount,
  };
}
