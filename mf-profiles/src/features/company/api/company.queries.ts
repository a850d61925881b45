import { graphql } from '../../../gql';

// COM-1, COM-3: everything the portal knows about the caller's company, with the date of the last change.
export const CompanyInformationQuery = graphql(`
  query CompanyInformation {
    company {
      id
      customerNumber
      name
      legalForm
      enterpriseNumberFormatted
      vatNumber
      registeredOffice {
        street
        postalCode
        city
        country
      }
      billingAddress {
        street
        postalCode
        city
        country
      }
      bankAccount {
        maskedIban
        bic
      }
      bic
      language
      administrativeContact {
        name
        email
        phone
      }
      companyDataChangedAt
    }
  }
`);

// The caller's profile when the tab runs without the shell (standalone).
export const StandaloneProfileQuery = graphql(`
  query StandaloneProfile {
    me {
      kind
      profile
    }
  }
`);
