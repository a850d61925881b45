import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnswerChangeRequestMutation, ChangeRequestDetailQuery } from '../api/requests.operations';
import { detail } from '../../../test/request-fixtures';
import { renderRequestsTab } from '../../../test/render-tab';

const detailMock = { request: { query: ChangeRequestDetailQuery, variables: { id: 'r1' } }, result: { data: detail() } };

describe('request detail (REQ-3)', () => {
  it('shows the requested change with the masked IBAN, the comment of Customer Services and the documents', async () => {
    await renderRequestsTab({ mocks: [detailMock], route: '/requests/r1' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Demande DEM-2026-0001' })).toBeTruthy();
    expect(screen.getByText('BE•• •••• •••• 7034')).toBeTruthy();
    expect(screen.getByText('Merci de joindre une attestation bancaire.')).toBeTruthy();
    expect(screen.getByText('Informations complémentaires demandées')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Télécharger rib.pdf' }).getAttribute('href')).toBe('/attachments/a1');
    expect(screen.getByRole('heading', { name: 'Répondre au Service Clients' })).toBeTruthy();
  });

  it('sends the answer once and says it was passed on (EN)', async () => {
    const user = userEvent.setup();
    const answered = detail({ status: 'IN_PROGRESS', awaitingAnswer: false }).changeRequest;
    await renderRequestsTab({
      language: 'en',
      route: '/requests/r1',
      mocks: [
        detailMock,
        {
          request: { query: AnswerChangeRequestMutation, variables: { id: 'r1', comment: 'Attestation attached.', attachmentIds: [] } },
          result: {
            data: {
              answerChangeRequest: {
                __typename: 'ChangeRequest',
                id: 'r1',
                status: 'IN_PROGRESS',
                awaitingAnswer: false,
                history: answered.history,
                attachments: answered.attachments,
              },
            },
          },
        },
      ],
    });
    const form = await screen.findByRole('region', { name: 'Answer Customer Services' });
    await user.click(within(form).getByRole('button', { name: 'Send the answer' }));
    expect(within(form).getByText('This field is required.')).toBeTruthy();
    await user.type(within(form).getByLabelText('Your answer *'), 'Attestation attached.');
    await user.click(within(form).getByRole('button', { name: 'Send the answer' }));
    expect(await screen.findByText('Your answer was passed on to Customer Services.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Answer Customer Services' })).toBeNull();
    expect(screen.getAllByText('In progress').length).toBeGreaterThan(0);
  });

  it('gives a viewer no answer form (NL)', async () => {
    await renderRequestsTab({ mocks: [detailMock], route: '/requests/r1', language: 'nl', profile: 'VIEWER' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Aanvraag DEM-2026-0001' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Antwoord versturen' })).toBeNull();
    expect(screen.getByText(/Met uw profiel "lezer"/)).toBeTruthy();
  });
});

describe('#18 item 10: request history names Customer Services in the reader’s language', () => {
  it.each([
    ['fr', 'Service Clients'],
    ['nl', 'Klantendienst'],
    ['en', 'Customer Services'],
  ] as const)('in %s, every staff step reads "%s"; the customer’s own steps keep the person’s name', async (language, name) => {
    await renderRequestsTab({ mocks: [detailMock], route: '/requests/r1', language });
    const history = (await screen.findAllByRole('listitem')).filter((item) => /—/.test(item.textContent ?? ''));
    expect(
      history.map((item) =>
        (item.textContent ?? '')
          .split(' — ')
          .at(-1)!
          .replace(/Merci de joindre.*$/, ''),
      ),
    ).toEqual(['Anne Dupont', name]);
  });
});
