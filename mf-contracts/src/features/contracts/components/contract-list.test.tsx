import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContractListQuery } from '../api/contracts.queries';
import { listNode, listPage } from '../../../test/contract-fixtures';
import { renderContractsTab } from '../../../test/render-tab';

const sort = { field: 'NUMBER', direction: 'ASC' } as const;

function contractNumbers() {
  return within(screen.getByRole('table', { name: 'Liste des contrats' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

describe('contracts list (CON-1)', () => {
  it('shows each contract with Belgian money and dates, and loads more with the cursor', async () => {
    const user = userEvent.setup();
    await renderContractsTab({
      mocks: [
        {
          request: { query: ContractListQuery, variables: { first: 20, filter: {}, sort } },
          result: { data: listPage([listNode(1), listNode(2)], { hasNextPage: true, endCursor: 'cursor-c2', totalCount: 3 }) },
        },
        {
          request: { query: ContractListQuery, variables: { first: 20, filter: {}, sort, after: 'cursor-c2' } },
          result: { data: listPage([listNode(3, { kind: 'RENTAL', status: 'PENDING', nextInstallment: null })], { totalCount: 3 }) },
        },
      ],
    });
    expect(await screen.findByText('3 contrats')).toBeTruthy();
    expect(contractNumbers()).toEqual(['LC-10000001-01', 'LC-10000002-02']);
    const firstRow = screen.getAllByRole('row')[1]!;
    expect([...firstRow.querySelectorAll('th, td')].map((cell) => cell.textContent)).toEqual([
      'LC-10000001-01',
      'Leasing financier',
      'En cours',
      'Chariot élévateur 1',
      '01/05/2024',
      '30/04/2029',
      '1.045,26\u00a0€',
      '01/12/2026 À payer',
    ]);
    await user.click(screen.getByRole('button', { name: 'Afficher plus de contrats' }));
    expect(await screen.findByRole('link', { name: 'LC-10000003-03' })).toBeTruthy();
    expect(contractNumbers()).toEqual(['LC-10000001-01', 'LC-10000002-02', 'LC-10000003-03']);
    expect(screen.queryByRole('button', { name: 'Afficher plus de contrats' })).toBeNull();
  });

  it('filters by kind and status, searches by contract or serial number, and sorts', async () => {
    const user = userEvent.setup();
    await renderContractsTab({
      language: 'en',
      mocks: [
        {
          request: { query: ContractListQuery, variables: { first: 20, filter: {}, sort } },
          result: { data: listPage([listNode(1), listNode(2)]) },
        },
        {
          request: { query: ContractListQuery, variables: { first: 20, filter: { kinds: ['RENTAL'] }, sort } },
          result: { data: listPage([listNode(2, { kind: 'RENTAL' })]) },
        },
        {
          request: { query: ContractListQuery, variables: { first: 20, filter: { kinds: ['RENTAL'], statuses: ['ENDED'] }, sort } },
          result: { data: listPage([]) },
        },
        {
          request: {
            query: ContractListQuery,
            variables: { first: 20, filter: { kinds: ['RENTAL'], statuses: ['ENDED'], search: 'LND-E25' }, sort },
          },
          result: { data: listPage([listNode(1, { kind: 'RENTAL', status: 'ENDED' })]) },
        },
        {
          request: {
            query: ContractListQuery,
            variables: {
              first: 20,
              filter: { kinds: ['RENTAL'], statuses: ['ENDED'], search: 'LND-E25' },
              sort: { field: 'PERIODIC_AMOUNT', direction: 'DESC' },
            },
          },
          result: { data: listPage([listNode(1, { kind: 'RENTAL', status: 'ENDED', periodicAmountCents: 999 })]) },
        },
      ],
    });
    expect(await screen.findByText('2 contracts')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Type'), 'RENTAL');
    expect(await screen.findByText('1 contract')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Status'), 'ENDED');
    expect(await screen.findByText('No contract matches your search.')).toBeTruthy();
    await user.type(screen.getByLabelText('Contract number or serial number'), 'LND-E25');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('link', { name: 'LC-10000001-01' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Sort by'), 'PERIODIC_AMOUNT_DESC');
    expect(await screen.findByText('9,99 €')).toBeTruthy();
  });
});

describe('#18 item 12: the search hint shows the real contract number format', () => {
  it.each([
    ['fr', 'Par exemple LC-10000001-01 ou un numéro de châssis'],
    ['nl', 'Bijvoorbeeld LC-10000001-01 of een chassisnummer'],
    ['en', 'For example LC-10000001-01 or a chassis number'],
  ] as const)('in %s: "%s"', async (language, hint) => {
    await renderContractsTab({
      language,
      mocks: [
        {
          request: { query: ContractListQuery, variables: { first: 20, filter: {}, sort } },
          result: { data: listPage([listNode(1)], { totalCount: 1 }) },
        },
      ],
    });
    const text = await screen.findByText(hint);
    expect(text.textContent).toMatch(/LC-\d{8}-\d{2}/);
  });
});
