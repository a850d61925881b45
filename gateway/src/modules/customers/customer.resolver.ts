import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { formatEnterpriseNumber } from '../../core/enterprise-number';
import { maskIban } from '../../core/bank-account';
import { customerScopeOf, Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/graphql/context';
import { Address, AdministrativeContact, BankAccount } from './company.types';
import { Customer } from './customer.entity';
import { CustomerService } from './customer.service';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(Role.CustomerReader)
  @Query(() => Customer, { description: "The caller's company data (COM-1)." })
  company(@Ctx() ctx: GraphQLContext): Promise<Customer> {
    return new CustomerService(ctx.em).getCustomer(customerScopeOf(ctx.principal));
  }

  @FieldResolver(() => String, { description: 'Enterprise number formatted as 0403.170.701.' })
  enterpriseNumberFormatted(@Root() customer: Customer): string {
    return formatEnterpriseNumber(customer.enterpriseNumber);
  }

  @FieldResolver(() => Address, { description: 'Registered office.' })
  registeredOffice(@Root() c: Customer): Address {
    return { street: c.registeredStreet, postalCode: c.registeredPostalCode, city: c.registeredCity, country: c.registeredCountry };
  }

  @FieldResolver(() => Address, { nullable: true, description: 'Billing address; null when invoices go to the registered office.' })
  billingAddress(@Root() c: Customer): Address | null {
    if (!c.billingStreet || !c.billingPostalCode || !c.billingCity || !c.billingCountry) return null;
    return { street: c.billingStreet, postalCode: c.billingPostalCode, city: c.billingCity, country: c.billingCountry };
  }

  @FieldResolver(() => BankAccount, { nullable: true, description: 'Bank account, masked.' })
  bankAccount(@Root() c: Customer): BankAccount | null {
    if (!c.iban) return null;
    return { maskedIban: maskIban(c.iban), ibanLast4: c.iban.slice(-4), bic: c.bic ?? null };
  }

  @FieldResolver(() => AdministrativeContact, { nullable: true, description: 'Administrative contact, when known.' })
  administrativeContact(@Root() c: Customer): AdministrativeContact | null {
    if (!c.contactName) return null;
    return { name: c.contactName, email: c.contactEmail ?? null, phone: c.contactPhone ?? null };
  }
}
