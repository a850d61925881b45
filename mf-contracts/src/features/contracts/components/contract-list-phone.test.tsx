import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContractListQuery } from '../api/contracts.queries';
import { listNode, listPage } from '../../../test/contract-fixtures';
import { renderContractsTab } from '../../../test/render-tab';

const sort = { field: 'NUMBER', direction: 'ASC' } as const;
const mocks = [
  {
    request: { query: ContractListQuery, variables: { first: 20, filter: {}, sort } },
    result: { data: listPage([listNode(1), listNode(2)]) },
  },
  {
    request: { query: ContractListQuery, variables: { first: 20, filter: { search: 'LC-10000001-01' }, sort } },
    result: { data: listPage([listNode(1)]) },
  },
];

function atWidth(width: number) {
  // happy-dom answers matchMedia from the window's size.
  (window as unknown as { happyDOM: { setViewport: (v: { width: number; height: number }) => void } }).happyDOM.setViewport({
    width,
    height: 844,
  });
}

describe('contracts list on a phone (#18 item 15, CON-1, X-1)', () => {
  afterEach(() => atWidth(1024));

  it('folds the filters after a search, so the count and the result come first; they open again on demand', async () => {
    atWidth(390);
    const user = userEvent.setup();
    await renderContractsTab({ language: 'en', mocks });
    expect(await screen.findByText('2 contracts')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Type' })).toBeTruthy();
    await user.type(screen.getByLabelText('Contract number or serial number'), 'LC-10000001-01');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 contract')).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Show filters and sorting' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('combobox', { name: 'Type' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Sort by' })).toBeNull();
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide filters and sorting' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Type' })).toBeTruthy();
  });

  it('keeps the filters open after a search on a desktop', async () => {
    atWidth(1280);
    const user = userEvent.setup();
    await renderContractsTab({ language: 'fr', mocks });
    await user.type(await screen.findByLabelText('Numéro de contrat ou numéro de série'), 'LC-10000001-01');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('1 contrat')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Masquer les filtres et le tri' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Type' })).toBeTruthy();
  });
});
