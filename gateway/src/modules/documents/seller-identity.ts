/**
 * The leasing company as it appears on every invoice, credit note, statement and UBL file it issues
 * (DOC-3, DOC-6). One fixed identity, kept in one place; seller-identity.test.ts checks its numbers.
 */
export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}

export interface SellerIdentity {
  name: string;
  /** 10 digits, mod-97 checked (core/enterprise-number). */
  enterpriseNumber: string;
  vatNumber: string;
  /** Register of legal entities of the registered office, per language (a mandatory mention in Belgium). */
  register: { fr: string; nl: string; en: string };
  address: PostalAddress;
  /** Electronic IBAN the customers pay to. */
  iban: string;
  bic: string;
  /** SEPA creditor identifier under which the lessor collects direct debits (BT-90), made of its enterprise number. */
  sepaCreditorId: string;
  email: string;
  website: string;
}

export const SELLER: SellerIdentity = {
  name: 'Lease Corner Finance SA',
  enterpriseNumber: '0417497106',
  vatNumber: 'BE0417497106',
  register: { fr: 'RPM Bruxelles', nl: 'RPR Brussel', en: 'RLE Brussels' },
  address: { street: 'Avenue Louise 54', postalCode: '1050', city: 'Bruxelles', country: 'BE' },
  iban: 'BE21001234567803',
  bic: 'GEBABEBB',
  sepaCreditorId: 'BE87ZZZ0417497106',
  email: 'invoicing@leasecorner.example',
  website: 'www.leasecorner.example',
};
