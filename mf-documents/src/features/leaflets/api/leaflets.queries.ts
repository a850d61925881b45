import { graphql } from '../../../gql';

// HLP-2: how to reach Customer Services.
export const CustomerServicesContactQuery = graphql(`
  query CustomerServicesContact {
    customerServicesContact {
      email
      phone
    }
  }
`);
