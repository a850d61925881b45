import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { createTestI18n } from '../test/test-i18n';
import { Checklist } from './feedback';
import { DataTable } from './data-table';
import { SkipLink } from './layout';
import { TextField } from './text-field';

async function renderIn(language: 'fr' | 'nl' | 'en', ui: ReactNode) {
  const i18n = await createTestI18n(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

describe('TextField (X-3)', () => {
  it('ties its label, hint and error to the input', async () => {
    await renderIn('fr', <TextField label="Identifiant" hint="9 chiffres" error="Identifiant inconnu" />);
    const input = screen.getByLabelText('Identifiant');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toEqual(['9 chiffres', 'Identifiant inconnu']);
  });
});

describe('SkipLink (X-3)', () => {
  it.each([
    ['fr', 'Aller au contenu principal'],
    ['nl', 'Naar de hoofdinhoud'],
    ['en', 'Skip to main content'],
  ] as const)('in %s reads "%s" and points at the main region', async (language, text) => {
    await renderIn(language, <SkipLink targetId="main" />);
    expect(screen.getByRole('link', { name: text }).getAttribute('href')).toBe('#main');
  });
});

describe('Checklist', () => {
  it('says in words which rule is met, not only with colour', async () => {
    await renderIn(
      'en',
      <Checklist
        label="Password rules"
        items={[
          { id: 'a', label: '12 characters', met: true },
          { id: 'b', label: '2 digits', met: false },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Password rules' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['✓12 characters (met)', '✗2 digits (not met)']);
    expect(screen.getByRole('list', { name: 'Password rules' }).getAttribute('aria-live')).toBe('polite');
  });
});

describe('DataTable (X-1)', () => {
  it('labels each cell with its column for the phone card layout, and renders totals', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    await renderIn(
      'fr',
      <DataTable
        caption="Échéances"
        columns={[
          {
            key: 'period',
            header: 'Période',
            cell: (row: { period: number }) => <button onClick={onClick}>{row.period}</button>,
            rowHeader: true,
          },
          { key: 'amount', header: 'Montant', cell: (row: { amount: string }) => row.amount, numeric: true },
        ]}
        rows={[{ period: 1, amount: '1.045,26 €' }]}
        rowKey={(row) => String(row.period)}
        footer={{ label: 'Total', cells: { amount: '1.045,26 €' } }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Échéances' });
    const [, body, foot] = within(table).getAllByRole('row');
    expect(within(body!).getByRole('cell').getAttribute('data-label')).toBe('Montant');
    expect(foot!.textContent).toBe('Total1.045,26 €');
    await user.click(within(table).getByRole('button', { name: '1' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
