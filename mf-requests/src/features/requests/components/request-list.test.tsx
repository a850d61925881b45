import { screen } from '@testing-library/react';
import { ChangeRequestListQuery } from '../api/requests.operations';
import { listNode, listPage } from '../../../test/request-fixtures';
import { renderRequestsTab } from '../../../test/render-tab';

const firstPage = {
  request: { query: ChangeRequestListQuery, variables: { first: 20 } },
  result: {
    data: listPage(
      [
        listNode(2, {
          type: 'BANK_DETAILS',
          status: 'MORE_INFORMATION_NEEDED',
          awaitingAnswer: true,
          createdAt: '2026-11-24T08:00:00.000Z',
        }),
        listNode(1, { status: 'COMPLETED' }),
      ],
      { totalCount: 2 },
    ),
  },
};

describe('my requests list (REQ-3, REQ-5)', () => {
  it('shows type, date and translated status badges, with the new-request button for an administrator', async () => {
    await renderRequestsTab({ mocks: [firstPage] });
    expect(await screen.findByText('2 demandes')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['DEM-2026-0002', 'Coordonnées bancaires', '24/11/2026', 'Informations demandées Réponse attendue'],
      ['DEM-2026-0001', 'Adresse', '20/11/2026', 'Clôturée'],
    ]);
    expect(screen.getByRole('link', { name: 'Nouvelle demande' }).getAttribute('href')).toBe('/requests/new');
  });

  it.each([
    [
      'fr',
      '2 demandes',
      'Votre profil « lecteur » permet de consulter les demandes, pas d’en introduire ni d’y répondre. Adressez-vous à un administrateur de votre société.',
    ],
    [
      'nl',
      '2 aanvragen',
      'Met uw profiel "lezer" kunt u aanvragen raadplegen, maar niet indienen of beantwoorden. Neem contact op met een beheerder van uw bedrijf.',
    ],
    ['en', '2 requests', 'Your viewer profile lets you read requests, not submit or answer them. Ask an administrator of your company.'],
  ] as const)('in %s a viewer sees the list, no submit button, and why', async (language, count, note) => {
    await renderRequestsTab({ mocks: [firstPage], language, profile: 'VIEWER' });
    expect(await screen.findByText(count)).toBeTruthy();
    expect(screen.getByText(note)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Nouvelle demande|Nieuwe aanvraag|New request/ })).toBeNull();
  });
});
