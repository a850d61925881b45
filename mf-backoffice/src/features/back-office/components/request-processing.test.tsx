import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApproveRequestMutation, AskForInformationMutation, BackOfficeRequestQuery } from '../api/back-office.operations';
import { bankRequest } from '../../../test/back-office-fixtures';
import { agent, renderBackOffice } from '../../../test/render-tab';

const detailMock = (item = bankRequest()) => ({
  request: { query: BackOfficeRequestQuery, variables: { id: 'r1' } },
  result: { data: { __typename: 'Query' as const, backOfficeRequest: item } },
});

describe('request processing (BO-3, REQ-4)', () => {
  it('puts the current data beside the requested change, with the attachments and the four-eyes note', async () => {
    await renderBackOffice({ route: '/back-office/requests/r1', mocks: [detailMock()] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Demande DEM-2026-0001' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Comparaison des données actuelles et demandées' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['IBAN', 'BE71 0961 2345 6769', 'BE68 5390 0754 7034'],
      ['BIC', 'GKCCBEBB', 'GKCCBEBB'],
    ]);
    expect(screen.getByRole('link', { name: 'Télécharger attestation.pdf' }).getAttribute('href')).toBe('/attachments/a1');
    expect(
      screen.getByText(
        'Changement de coordonnées bancaires : votre validation sera la première. Un second collaborateur, différent de vous, devra valider à son tour avant que le changement ne soit appliqué.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Donner la première validation' })).toBeTruthy();
  });

  it('records the first approval, then says a second agent must approve (EN)', async () => {
    const user = userEvent.setup();
    await renderBackOffice({
      language: 'en',
      route: '/back-office/requests/r1',
      mocks: [
        detailMock(),
        {
          request: { query: ApproveRequestMutation, variables: { id: 'r1' } },
          result: { data: { approveRequest: bankRequest({ firstApproverName: 'Agent Service Clientèle', nextApprovalCompletes: true }) } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Give the first approval' }));
    expect(await screen.findByText('First approval recorded. Another agent still has to approve.')).toBeTruthy();
    expect(
      screen.getByText('First approval given by Agent Service Clientèle. A second approval, by another agent, applies the change.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Approve and apply' })).toBeTruthy();
  });

  it('does not let the first approver approve again, and says why', async () => {
    await renderBackOffice({
      route: '/back-office/requests/r1',
      mocks: [detailMock(bankRequest({ firstApproverName: 'Agent Service Clientèle', nextApprovalCompletes: true }))],
    });
    const approve = await screen.findByRole('button', { name: 'Valider et appliquer' });
    expect((approve as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Vous avez déjà donné la première validation : un autre collaborateur doit valider.')).toBeTruthy();
  });

  it('explains the refusal when the gateway says the same agent approves twice (NL)', async () => {
    const user = userEvent.setup();
    await renderBackOffice({
      language: 'nl',
      viewer: { ...agent, name: 'Pieter Supervisor' },
      route: '/back-office/requests/r1',
      mocks: [
        detailMock(bankRequest({ firstApproverName: 'Agent Service Clientèle', nextApprovalCompletes: true })),
        {
          request: { query: ApproveRequestMutation, variables: { id: 'r1' } },
          result: {
            errors: [
              new GraphQLError('A second, different agent must approve', { extensions: { code: 'FORBIDDEN', reason: 'SAME_APPROVER' } }),
            ],
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Goedkeuren en doorvoeren' }));
    // #18 item 6: the gateway's SAME_APPROVER in the shared table's words (was this tab's own sentence)
    expect(await screen.findByText('Een tweede persoon, niet dezelfde als de eerste, moet deze wijziging goedkeuren.')).toBeTruthy();
  });

  it('asks the customer for information with a comment', async () => {
    const user = userEvent.setup();
    await renderBackOffice({
      route: '/back-office/requests/r1',
      mocks: [
        detailMock(),
        {
          request: { query: AskForInformationMutation, variables: { id: 'r1', comment: 'Joignez une attestation bancaire.' } },
          result: { data: { askForInformation: bankRequest({}, { status: 'MORE_INFORMATION_NEEDED' }) } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Envoyer la question' }));
    expect(screen.getByText('Écrivez au moins 5 caractères.')).toBeTruthy();
    await user.type(screen.getByLabelText('Question pour le client'), 'Joignez une attestation bancaire.');
    await user.click(screen.getByRole('button', { name: 'Envoyer la question' }));
    expect(await screen.findByText('La question a été envoyée au client.')).toBeTruthy();
    expect(screen.getAllByText('Informations demandées').length).toBeGreaterThan(0);
  });
});

describe('#18 item 22 in the back office', () => {
  it.each([
    ['fr', 'Prendre en charge', 'Reprendre la demande'],
    ['nl', 'Opnemen', 'Aanvraag overnemen'],
    ['en', 'Take', 'Take over'],
  ] as const)('in %s, "%s" only while nobody handles it, none on my own, "%s" on another agent’s', async (language, take, takeOver) => {
    const first = await renderBackOffice({
      language,
      route: '/back-office/requests/r1',
      mocks: [detailMock(bankRequest({ assigneeName: null }))],
    });
    expect(await screen.findByRole('button', { name: take })).toBeTruthy();
    first.unmount();

    const mine = await renderBackOffice({
      language,
      route: '/back-office/requests/r1',
      mocks: [detailMock(bankRequest({ assigneeName: agent.name }))],
    });
    await screen.findByRole('heading', { level: 1, name: /DEM-2026-0001/ });
    expect(screen.queryByRole('button', { name: take })).toBeNull();
    expect(screen.queryByRole('button', { name: takeOver })).toBeNull();
    mine.unmount();

    await renderBackOffice({
      language,
      route: '/back-office/requests/r1',
      mocks: [detailMock(bankRequest({ assigneeName: 'Bert Claes' }))],
    });
    expect(await screen.findByRole('button', { name: takeOver })).toBeTruthy();
    expect(screen.queryByRole('button', { name: take })).toBeNull();
  });

  it.each([
    ['fr', 'Identique au siège social'],
    ['nl', 'Zelfde als de maatschappelijke zetel'],
    ['en', 'Same as the registered office'],
  ] as const)('in %s, a billing address of its own not yet given reads "%s", like the company page', async (language, same) => {
    const billing = bankRequest(
      {
        currentValues: [
          { __typename: 'ChangeDetail', field: 'addressKind', value: 'BILLING' },
          { __typename: 'ChangeDetail', field: 'street', value: null },
          { __typename: 'ChangeDetail', field: 'postalCode', value: null },
          { __typename: 'ChangeDetail', field: 'city', value: null },
          { __typename: 'ChangeDetail', field: 'country', value: null },
        ],
        requestedValues: [
          { __typename: 'ChangeDetail', field: 'addressKind', value: 'BILLING' },
          { __typename: 'ChangeDetail', field: 'street', value: 'Rue Haute 5' },
          { __typename: 'ChangeDetail', field: 'postalCode', value: '1000' },
          { __typename: 'ChangeDetail', field: 'city', value: 'Bruxelles' },
          { __typename: 'ChangeDetail', field: 'country', value: 'BE' },
        ],
        nextApprovalCompletes: true,
      },
      { type: 'ADDRESS' },
    );
    await renderBackOffice({ language, route: '/back-office/requests/r1', mocks: [detailMock(billing)] });
    const table = await screen.findByRole('table');
    const current = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('th, td')[1]!.textContent);
    expect(current.slice(1)).toEqual([same, '', '', '']);
    expect(within(table).queryByText('—')).toBeNull();
  });
});
