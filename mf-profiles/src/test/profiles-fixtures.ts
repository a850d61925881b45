import type { LoginListQuery } from '../gql/graphql';

type Login = LoginListQuery['logins'][number];

export function login(overrides: Partial<Login> & Pick<Login, 'id' | 'name'>): Login {
  return {
    __typename: 'Login',
    loginId: '123456789',
    email: 'someone@example.test',
    profile: 'VIEWER',
    status: 'ACTIVE',
    lastLoginAt: null,
    activationExpiresAt: null,
    createdByCaller: false,
    ...overrides,
  };
}

export const anne = login({
  id: 'L1',
  loginId: '481516234',
  name: 'Anne Dupont',
  email: 'anne@mosanes.example',
  profile: 'ADMINISTRATOR',
  lastLoginAt: '2026-11-20T09:30:00.000Z',
});

export const marc = login({
  id: 'L2',
  loginId: '902113577',
  name: 'Marc Peeters',
  email: 'marc@fiduciaire.example',
  status: 'PENDING_ACTIVATION',
  activationExpiresAt: '2026-12-04T22:59:59.000Z',
  createdByCaller: true,
});

export const lea = login({
  id: 'L3',
  loginId: '300200100',
  name: 'Léa Martin',
  status: 'DEACTIVATED',
  lastLoginAt: '2026-03-02T10:00:00.000Z',
});

export function loginList(logins: Login[], secondFactorRequired = false): Omit<LoginListQuery, '__typename'> {
  return {
    logins,
    me: {
      __typename: 'Me',
      loginId: '481516234',
      customer: { __typename: 'MeCustomer', customerNumber: '10000001', secondFactorRequired },
    },
  };
}
