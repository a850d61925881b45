import { GraphQLError } from 'graphql';
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

describe('#18 item 6: the gateway’s reasons in words from the shared table (ACC-8, API-3)', () => {
  it.each([
    ['fr', 'Vérifier et créer l’accès', 'Ce client a déjà des accès : ses administrateurs créent les suivants.'],
    ['nl', 'Controleren en toegang aanmaken', 'Deze klant heeft al toegangen: zijn beheerders maken de volgende aan.'],
    ['en', 'Verify and create the access', 'This customer already has accesses: its administrators create further ones.'],
  ] as const)(
    'in %s, a customer that already has accesses is said as such, not "the action could not be done"',
    async (language, verify, sentence) => {
      const user = userEvent.setup();
      await renderBackOffice({
        route: '/back-office/registrations',
        language,
        mocks: [
          { request: { query: PendingRegistrationsQuery }, result: { data: { pendingRegistrations: [registration] } } },
          {
            request: { query: VerifyRegistrationMutation, variables: { id: 'g1' } },
            result: {
              errors: [
                new GraphQLError('This customer already has logins', {
                  extensions: { code: 'BAD_USER_INPUT', reason: 'CUSTOMER_HAS_LOGINS' },
                }),
              ],
            },
          },
        ],
      });
      await user.click(await screen.findByRole('button', { name: verify }));
      expect(await screen.findByText(sentence)).toBeTruthy();
    },
  );
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
                      entityName: null,
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
                      entityName: null,
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

describe('#18 item 11: the audit trail names people and translates request fields (BO-5)', () => {
  const entry = (id: string, entityType: string, entityRef: string, entityName: string | null, after: string | null) => ({
    __typename: 'AuditEntryEdge' as const,
    cursor: id,
    node: {
      __typename: 'AuditEntry' as const,
      id,
      at: '2026-11-26T10:15:00.000Z',
      actorKind: 'customer',
      actorName: 'Claire Lambert',
      action: 'request.submitted',
      entityType,
      entityRef,
      entityName,
      before: null,
      after,
    },
  });
  const ADDRESS_CHANGE = '[{"field":"street","value":"Quai de la Batte 10"},{"field":"city","value":"Liège"}]';

  it.each([
    [
      'fr',
      'Accès Jan Peeters391267635',
      'Demande REQ-2026-000001',
      'Rue et numéro\u00a0: — → Quai de la Batte 10 Localité\u00a0: — → Liège',
    ],
    ['nl', 'Toegang Jan Peeters391267635', 'Aanvraag REQ-2026-000001', 'Straat en nummer: — → Quai de la Batte 10 Gemeente: — → Liège'],
    ['en', 'Access Jan Peeters391267635', 'Request REQ-2026-000001', 'Street and number: — → Quai de la Batte 10 City: — → Liège'],
  ] as const)('in %s: "%s", "%s", "%s"', async (language, named, unnamed, change) => {
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
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [
                  entry('e1', 'login', '391267635', 'Jan Peeters', '{"profile":"VIEWER"}'),
                  entry('e2', 'change_request', 'REQ-2026-000001', null, ADDRESS_CHANGE),
                ],
              },
            },
          },
        },
      ],
    });
    const rows = (await screen.findAllByText('26/11/2026 11:15')).map((cell) => cell.closest('tr')!);
    const cells = rows.map((row) => [...row.querySelectorAll('td')].map((c) => c.textContent));
    expect(cells[0]![2]).toBe(named);
    expect(screen.getByText('391267635').className).toBe('cc-secondary-text');
    expect(cells[1]![2]).toBe(unnamed);
    expect(cells[1]![3]).toBe(change);
  });
});
