import { screen, within } from '@testing-library/react';
import { AmortizationTableQuery } from '../api/contracts.queries';
import { amortization } from '../../../test/contract-fixtures';
import { renderContractsTab } from '../../../test/render-tab';

/** Issue #19 §6 (CON-4): the amortization screen offers its own PDF, print view and exports. */
const number = 'LC-10000002-01';
const mock = (data = amortization) => ({ request: { query: AmortizationTableQuery, variables: { number } }, result: { data } });

describe('the amortization screen’s PDF, print view and exports (issue #19 §6, CON-4)', () => {
  it.each([
    ['fr', 'Télécharger ou imprimer ce tableau', ['PDF', 'Version imprimable', 'Excel (XLSX)', 'CSV']],
    ['nl', 'Deze tabel downloaden of afdrukken', ['PDF', 'Afdrukversie', 'Excel (XLSX)', 'CSV']],
    ['en', 'Download or print this table', ['PDF', 'Print view', 'Excel (XLSX)', 'CSV']],
  ] as const)('in %s: links to the gateway’s files of this contract', async (language, title, names) => {
    await renderContractsTab({ language, route: `/contracts/${number}/amortization`, mocks: [mock()] });
    const card = await screen.findByRole('region', { name: title });
    const links = within(card).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.hasAttribute('download')])).toEqual([
      [names[0], '/contracts/LC-10000002-01/amortization.pdf', false],
      [names[1], '/contracts/LC-10000002-01/amortization/print', false],
      [names[2], '/contracts/LC-10000002-01/amortization.xlsx', true],
      [names[3], '/contracts/LC-10000002-01/amortization.csv', true],
    ]);
  });

  it('says which language each file speaks', async () => {
    await renderContractsTab({ route: `/contracts/${number}/amortization`, mocks: [mock()] });
    const card = await screen.findByRole('region', { name: 'Télécharger ou imprimer ce tableau' });
    expect(within(card).getByText(/^Le PDF/).textContent).toBe(
      'Le PDF et la version imprimable sont dans la langue de correspondance de votre société ; Excel et CSV dans la vôtre.',
    );
  });

  it('offers nothing for a rental, which has no table', async () => {
    const rental = {
      ...amortization,
      contractByNumber: { ...amortization.contractByNumber, kind: 'RENTAL' as const, amortizationTable: null },
    };
    await renderContractsTab({ route: `/contracts/${number}/amortization`, mocks: [mock(rental)] });
    expect(await screen.findByText('Une location n’a pas de tableau d’amortissement.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Télécharger ou imprimer ce tableau' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'PDF' })).toBeNull();
  });
});
