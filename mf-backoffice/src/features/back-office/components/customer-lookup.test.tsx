import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CustomerLoginsQuery, CustomerSearchQuery, StaffReissueActivationMutation } from '../api/back-office.operations';
import { renderBackOffice } from '../../../test/render-tab';

const pendingLogin = {
  __typename: 'BackOfficeLogin' as const,
  loginId: '123456789',
  name: 'Jan Peeters',
  email: 'jan@scheldepoort.example',
  profile: 'ADMINISTRATOR',
  status: 'PENDING_ACTIVATION',
  activationExpiresAt: '2026-12-08T22:59:59.000Z',
};

describe('customer lookup (BO-4)', () => {
  it('finds a customer, shows its logins and re-issues a pending activation', async () => {
    const user = userEvent.setup();
    await renderBackOffice({
      route: '/back-office/customers',
      language: 'en',
      mocks: [
        {
          request: { query: CustomerSearchQuery, variables: { search: '10000002' } },
          result: {
            data: {
              customerSearch: [
                {
                  __typename: 'BackOfficeCustomer',
                  id: 'c2',
                  customerNumber: '10000002',
                  name: 'Scheldepoort Logistics',
                  enterpriseNumber: '0403.170.701',
                  contactName: 'Jan Peeters',
                  contactEmail: 'jan@scheldepoort.example',
                  loginCount: 1,
                },
              ],
            },
          },
        },
        {
          request: { query: CustomerLoginsQuery, variables: { customerNumber: '10000002' } },
          result: { data: { customerLogins: [pendingLogin] } },
        },
        {
          request: { query: StaffReissueActivationMutation, variables: { loginId: '123456789' } },
          result: { data: { staffReissueActivation: pendingLogin } },
        },
        {
          request: { query: CustomerLoginsQuery, variables: { customerNumber: '10000002' } },
          result: { data: { customerLogins: [pendingLogin] } },
        },
      ],
    });
    await user.type(screen.getByLabelText('Customer number, enterprise number or name'), '10000002');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.click(await screen.findByRole('button', { name: '1 — Show the accesses of Scheldepoort Logistics' }));
    expect(await screen.findByText('Pending activation')).toBeTruthy();
    expect(screen.getByText('08/12/2026 23:59')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Re-issue the activation to Jan Peeters' }));
    expect(await screen.findByText('New activation credentials were sent to jan@scheldepoort.example.')).toBeTruthy();
  });
});
