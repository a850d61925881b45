import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RequestQueueQuery } from '../api/back-office.operations';
import { queuePage } from '../../../test/back-office-fixtures';
import { renderBackOffice } from '../../../test/render-tab';

describe('request queue (BO-2)', () => {
  it('lists open requests with age and assignee, and filters by status, type, age and mine', async () => {
    const user = userEvent.setup();
    await renderBackOffice({
      mocks: [
        { request: { query: RequestQueueQuery, variables: { first: 20, filter: {} } }, result: { data: queuePage() } },
        {
          request: {
            query: RequestQueueQuery,
            variables: { first: 20, filter: { statuses: ['SUBMITTED'], types: ['BANK_DETAILS'], olderThanDays: 7, mine: true } },
          },
          result: { data: queuePage() },
        },
      ],
    });
    expect(await screen.findByText('1 demande')).toBeTruthy();
    const cells = [...screen.getAllByRole('row')[1]!.querySelectorAll('th, td')].map((cell) => cell.textContent);
    expect(cells).toEqual([
      'DEM-2026-0001',
      'Constructions Mosanes (10000001)',
      'Coordonnées bancaires',
      'Introduite',
      '14/11/2026',
      '12 jours',
      'Personne',
    ]);
    expect(screen.getByRole('link', { name: 'DEM-2026-0001' }).getAttribute('href')).toBe('/back-office/requests/r1');
    await user.selectOptions(screen.getByLabelText('Statut'), 'SUBMITTED');
    await user.selectOptions(screen.getByLabelText('Type'), 'BANK_DETAILS');
    await user.type(screen.getByLabelText('Plus anciennes que (jours)'), '7');
    await user.click(screen.getByLabelText('Uniquement celles que je traite'));
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(await screen.findByText('1 demande')).toBeTruthy();
  });

  it.each([
    ['nl', 'Wachtrij', '12 dagen'],
    ['en', 'Request queue', '12 days'],
  ] as const)('in %s', async (language, title, age) => {
    await renderBackOffice({
      language,
      mocks: [{ request: { query: RequestQueueQuery, variables: { first: 20, filter: {} } }, result: { data: queuePage() } }],
    });
    expect(await screen.findByText(age)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeTruthy();
  });

  it('tells a customer user the tab is for staff', async () => {
    await renderBackOffice({
      mocks: [],
      language: 'en',
      viewer: { kind: 'CUSTOMER_USER', name: 'A', profile: 'ADMINISTRATOR', staffRole: null, customerNumber: '1', customerName: 'X' },
    });
    expect(screen.getByText('This tab is for Customer Services only.')).toBeTruthy();
  });
});
