import { screen, within } from '@testing-library/react';
import { ContractDetailQuery, ContractListQuery } from '../api/contracts.queries';
import { detail, listNode, listPage } from '../../../test/contract-fixtures';
import { renderContractsTab } from '../../../test/render-tab';

/**
 * Issue #12 §1, CON-3: a due installment of a SEPA direct-debit contract will be collected on its due
 * date — the contracts tab says so in the documents tab's words instead of "to pay". A transfer
 * contract keeps "to pay"; an overdue installment (a collection that failed) stays overdue.
 */
const number = 'LC-10000002-01';
const sort = { field: 'NUMBER', direction: 'ASC' } as const;

const words = {
  fr: { list: 'Liste des contrats', last: 'Dernière échéance', next: 'Prochaine échéance', debit: 'Domiciliation le 01/12/2026' },
  nl: { list: 'Lijst van contracten', last: 'Laatste termijn', next: 'Volgende termijn', debit: 'Domiciliëring op 01/12/2026' },
  en: { list: 'List of contracts', last: 'Last installment', next: 'Next installment', debit: 'Direct debit on 01/12/2026' },
} as const;

const badgeOf = (region: HTMLElement) => region.querySelector('p')?.textContent?.trim();

describe('installments of a direct-debit contract (issue #12 §1, CON-3)', () => {
  it.each([
    ['fr', 'En retard'],
    ['nl', 'Achterstallig'],
    ['en', 'Overdue'],
  ] as const)('says when the next installment will be collected on the contract page (%s)', async (language, overdue) => {
    await renderContractsTab({
      route: `/contracts/${number}`,
      language,
      mocks: [{ request: { query: ContractDetailQuery, variables: { number } }, result: { data: detail } }],
    });
    const next = await screen.findByRole('region', { name: words[language].next });
    expect(badgeOf(next)).toBe(words[language].debit);
    expect(badgeOf(screen.getByRole('region', { name: words[language].last }))).toBe(overdue);
  });

  it.each([
    ['fr', '01/12/2026 À payer'],
    ['nl', '01/12/2026 Te betalen'],
    ['en', '01/12/2026 Due'],
  ] as const)('says it in the contracts list, and keeps "to pay" for a transfer contract (%s)', async (language, transfer) => {
    await renderContractsTab({
      language,
      mocks: [
        {
          request: { query: ContractListQuery, variables: { first: 20, filter: {}, sort } },
          result: {
            data: listPage([listNode(1, { paymentMethod: 'SEPA_DIRECT_DEBIT' }), listNode(2, { paymentMethod: 'BANK_TRANSFER' })]),
          },
        },
      ],
    });
    await screen.findByRole('link', { name: 'LC-10000001-01' });
    const rows = within(screen.getByRole('table', { name: words[language].list }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].at(-1)?.textContent)).toEqual([words[language].debit, transfer]);
  });
});
