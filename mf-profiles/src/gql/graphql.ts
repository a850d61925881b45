/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A language of the portal and of correspondence. */
export type Language =
  /** English */
  | 'EN'
  /** French */
  | 'FR'
  /** Dutch */
  | 'NL';

/** What a customer login may do (PRO-4). */
export type LoginProfile =
  /** Sees and changes everything of its customer. */
  | 'ADMINISTRATOR'
  /** Sees everything of its customer, changes nothing. */
  | 'VIEWER';

/** Who is calling. */
export type PrincipalKind =
  /** Partner software with an integration token (PRO-5). */
  | 'API_TOKEN'
  /** A person with a customer login. */
  | 'CUSTOMER_USER'
  /** Customer Services staff. */
  | 'STAFF';

export type CompanyInformationQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyInformationQuery = { __typename: 'Query', company: { __typename: 'Company', id: string, customerNumber: string, name: string, legalForm: string | null, enterpriseNumberFormatted: string, vatNumber: string | null, bic: string | null, language: Language, companyDataChangedAt: string | null, registeredOffice: { __typename: 'Address', street: string, postalCode: string, city: string, country: string }, billingAddress: { __typename: 'Address', street: string, postalCode: string, city: string, country: string } | null, bankAccount: { __typename: 'BankAccount', maskedIban: string, bic: string | null } | null, administrativeContact: { __typename: 'AdministrativeContact', name: string, email: string | null, phone: string | null } | null } };

export type StandaloneProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type StandaloneProfileQuery = { __typename: 'Query', me: { __typename: 'Me', kind: PrincipalKind, profile: LoginProfile | null } | null };


export const CompanyInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumberFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maskedIban"}},{"kind":"Field","name":{"kind":"Name","value":"bic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bic"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyDataChangedAt"}}]}}]}}]} as unknown as DocumentNode<CompanyInformationQuery, CompanyInformationQueryVariables>;
export const StandaloneProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandaloneProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}}]}}]}}]} as unknown as DocumentNode<StandaloneProfileQuery, StandaloneProfileQueryVariables>;