import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AmortizationTableQuery, ContractDetailQuery } from '../api/contracts.queries';
import { amortization, detail } from '../../../test/contract-fixtures';
import { renderContractsTab } from '../../../test/render-tab';

const number = 'LC-10000002-01';

function definitionList() {
  const terms = screen.getByRole('heading', { name: 'Conditions du contrat' }).parentElement!.querySelectorAll('dt, dd');
  return [...terms].map((node) => node.textContent);
}

describe('contract detail (CON-2, CON-3, CON-5)', () => {
  it('shows every term, the financed assets, the last and next installments and a prefilled contact link', async () => {
    await renderContractsTab({
      route: `/contracts/${number}`,
      mocks: [{ request: { query: ContractDetailQuery, variables: { number } }, result: { data: detail } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Contrat LC-10000002-01' })).toBeTruthy();
    expect(definitionList()).toEqual([
      'Type',
      'Leasing financier',
      'Statut',
      'En cours',
      'Objet financé',
      'Heftrucks Linde E25',
      'Date de début',
      '01/05/2024',
      'Date de fin',
      '30/04/2029',
      'Activé le',
      '18/04/2024',
      'Durée',
      '60 mois',
      'Nombre d’échéances',
      '60',
      'Périodicité',
      'Mensuelle',
      'Paiement',
      'Terme à échoir (en début de période)',
      'Montant périodique (HTVA)',
      '1.045,26\u00a0€',
      'Montant financé (HTVA)',
      '55.000,00\u00a0€',
      'Taux annuel',
      '4,75\u00a0%',
      'Taux de TVA',
      '21\u00a0%',
      'Valeur résiduelle / option d’achat',
      '550,00\u00a0€',
      'Résiliation anticipée',
      'Capital restant dû majoré de 3 %',
      'Mode de paiement',
      'Domiciliation SEPA',
      'Référence du mandat SEPA',
      'MANDATE-0001',
      'Fournisseur',
      'Linde Material Handling Belgium',
    ]);
    const assets = screen.getByRole('table', { name: 'Biens financés par le contrat LC-10000002-01' });
    expect([...within(assets).getAllByRole('row')[1]!.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual([
      'Chariot élévateur électrique',
      'Linde',
      'E25',
      'LND-E25-0042',
      '2',
      'Entrepôt Liège',
    ]);
    const last = screen.getByRole('region', { name: 'Dernière échéance' });
    expect(within(last).getByText('En retard')).toBeTruthy();
    expect(within(last).getByText('1.264,76 €')).toBeTruthy();
    const next = screen.getByRole('region', { name: 'Prochaine échéance' });
    // the contract is on SEPA direct debit: the next installment will be collected (issue #12 §1)
    expect(within(next).getByText('Domiciliation le 01/12/2026')).toBeTruthy();
    expect(within(next).getByText('01/12/2026')).toBeTruthy();

    const contact = screen.getByRole('link', { name: 'Contacter le Service Clients à propos de ce contrat' });
    expect(contact.getAttribute('href')).toBe(
      'mailto:service@leasing.example?subject=Contrat%20LC-10000002-01&body=Bonjour%2C%0A%0AMa%20question%20concerne%20le%20contrat%20LC-10000002-01.%0A%0A',
    );
  });

  it('says when a contract does not exist', async () => {
    await renderContractsTab({
      route: '/contracts/XX-1',
      language: 'nl',
      mocks: [
        {
          request: { query: ContractDetailQuery, variables: { number: 'XX-1' } },
          result: { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    expect(await screen.findByText('Dit contract werd niet gevonden.')).toBeTruthy();
  });
});

describe('amortization table (CON-4)', () => {
  it('shows the provisional badge, its convention, every rent, the purchase option and the totals, from the detail page (#12 §3, CON-4)', async () => {
    const user = userEvent.setup();
    await renderContractsTab({
      route: `/contracts/${number}`,
      mocks: [
        { request: { query: ContractDetailQuery, variables: { number } }, result: { data: detail } },
        { request: { query: AmortizationTableQuery, variables: { number } }, result: { data: amortization } },
      ],
    });
    await user.click(await screen.findByRole('link', { name: 'Voir le tableau d’amortissement' }));
    expect(await screen.findByText('Provisoire')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Échéances du contrat LC-10000002-01' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Période', 'Échéance', 'Échéance HTVA', 'Intérêts', 'Capital', 'Capital restant dû', 'TVA', 'Total TVAC'],
      // #12 §3: in advance the first rent, paid at signing, is all capital; the purchase option ends the table at 0.
      ['1', '01/01/2026', '497,56\u00a0€', '0,00\u00a0€', '497,56\u00a0€', '502,44\u00a0€', '104,49\u00a0€', '602,05\u00a0€'],
      ['2', '01/02/2026', '497,56\u00a0€', '5,02\u00a0€', '492,54\u00a0€', '9,90\u00a0€', '104,49\u00a0€', '602,05\u00a0€'],
      ['Option d’achat', '01/03/2026', '10,00\u00a0€', '0,10\u00a0€', '9,90\u00a0€', '0,00\u00a0€', '2,10\u00a0€', '12,10\u00a0€'],
      ['Total', '', '1.005,12\u00a0€', '5,12\u00a0€', '1.000,00\u00a0€', '', '211,08\u00a0€', '1.216,20\u00a0€'],
    ]);
    const convention = screen.getByText('Convention').closest('p');
    expect(convention?.textContent).toBe(
      'Convention Terme à échoir (en début de période) · loyers mensuels · taux nominal annuel 12\u00a0% ÷ 12',
    );
    expect(
      screen.getByText(
        'Les intérêts d’un loyer sont ceux courus pendant la période qui se termine à son échéance, sur le capital restant dû, arrondis au cent. ' +
          'Le premier loyer, payé à la signature, est entièrement du capital. ' +
          'La dernière ligne est la valeur résiduelle (option d’achat) de 10,00 €, due à la fin du contrat ; après elle, le capital restant dû est nul.',
      ),
    ).toBeTruthy();
  });
});

describe('#18 item 9: early-termination text', () => {
  it.each([
    ['fr', 'Résiliation anticipée'],
    ['nl', 'Vervroegde beëindiging'],
    ['en', 'Early termination'],
  ] as const)('in %s: the label is translated, the core system’s text is given once, without its own label', async (language, label) => {
    const labelled = {
      ...detail,
      contractByNumber: { ...detail.contractByNumber, earlyTerminationRule: 'Résiliation anticipée : capital restant dû majoré de 3 %' },
    };
    await renderContractsTab({
      language,
      route: `/contracts/${number}`,
      mocks: [{ request: { query: ContractDetailQuery, variables: { number } }, result: { data: labelled } }],
    });
    const term = await screen.findByText(label, { selector: 'dt' });
    expect(term.nextElementSibling?.textContent).toBe('Capital restant dû majoré de 3 %');
    expect(screen.queryByText(/Résiliation anticipée :/)).toBeNull();
  });
});
