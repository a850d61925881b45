import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PendingRegistrationsQuery, StaffAuditLogQuery, VerifyRegistrationMutation } from '../api/back-office.operations';
import { renderBackOffice } from '../../../test/render-tab';

const registration = {
  __typename: 'RegistrationView' as const,
  id: 'g1',
  customerNumber: '10000003',
  customerName: 'Brasserie du Condroz',
  contractNumber: 'LC-10000003-01',
  enterpriseNumber: '0403.170.701',
  contactName: 'Marie Lambert',
  email: 'marie@condroz.example',
  phone: '+32 85 11 22 33',
  numbersMatch: true,
  status: 'PENDING',
  createdAt: '2026-11-25T08:00:00.000Z',
};

describe('pending registrations (ACC-8)', () => {
  it('verifies a registration and says the activation e-mail left', async () => {
    const user = userEvent.setup();
    await renderBackOffice({
      route: '/back-office/registrations',
      mocks: [
        { request: { query: PendingRegistrationsQuery }, result: { data: { pendingRegistrations: [registration] } } },
        {
          request: { query: VerifyRegistrationMutation, variables: { id: 'g1' } },
          result: {
            data: {
              verifyRegistration: {
                __typename: 'BackOfficeLogin',
                loginId: '987654321',
                name: 'Marie Lambert',
                email: 'marie@condroz.example',
                status: 'PENDING_ACTIVATION',
              },
            },
          },
        },
        { request: { query: PendingRegistrationsQuery }, result: { data: { pendingRegistrations: [] } } },
      ],
    });
    expect(await screen.findByText('Données cohérentes avec nos fichiers')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Vérifier et créer l’accès' }));
    expect(await screen.findByText('Accès créé pour Marie Lambert : l’e-mail d’activation est parti.')).toBeTruthy();
  });
});

describe('audit trail (BO-5)', () => {
  it('shows who did what, when, with before and after', async () => {
    await renderBackOffice({
      route: '/back-office/audit',
      language: 'en',
      mocks: [
        {
          request: { query: StaffAuditLogQuery, variables: { first: 50 } },
          result: {
            data: {
              staffAuditLog: {
                __typename: 'AuditEntryConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [
                  {
                    __typename: 'AuditEntryEdge',
                    cursor: 'x',
                    node: {
                      __typename: 'AuditEntry',
                      id: 'e1',
                      at: '2026-11-26T10:15:00.000Z',
                      actorKind: 'staff',
                      actorName: 'Superviseur',
                      action: 'request.completed',
                      entityType: 'customer',
                      entityRef: '10000001',
                      before: '{"iban":"BE•• •••• •••• 6769"}',
                      after: '{"iban":"BE•• •••• •••• 7034"}',
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const row = (await screen.findByText('26/11/2026 11:15')).closest('tr')!;
    expect([...row.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual([
      '26/11/2026 11:15',
      'Superviseur (Customer Services)',
      'Request completed',
      // #18 item 11: the object in words and a readable before → after, not raw JSON
      'Company 10000001',
      'IBAN: BE•• •••• •••• 6769 → BE•• •••• •••• 7034',
    ]);
  });

  it.each([
    ['fr', 'company.bank_details.changed', 'Coordonnées bancaires modifiées'],
    ['nl', 'registration.verified', 'Inschrijving gecontroleerd'],
    ['fr', 'login.renamed', 'login.renamed'],
  ] as const)('in %s names %s "%s" (an unknown code stays as it is)', async (language, action, label) => {
    await renderBackOffice({
      route: '/back-office/audit',
      language,
      mocks: [
        {
          request: { query: StaffAuditLogQuery, variables: { first: 50 } },
          result: {
            data: {
              staffAuditLog: {
                __typename: 'AuditEntryConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [
                  {
                    __typename: 'AuditEntryEdge',
                    cursor: 'x',
                    node: {
                      __typename: 'AuditEntry',
                      id: 'e2',
                      at: '2026-11-26T10:15:00.000Z',
                      actorKind: 'staff',
                      actorName: 'Agent',
                      action,
                      entityType: 'customer',
                      entityRef: '10000001',
                      before: null,
                      after: null,
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const row = (await screen.findByText('26/11/2026 11:15')).closest('tr')!;
    expect(row.querySelectorAll('td')[1]?.textContent).toBe(label);
  });
});
