import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithWords } from '../../../test/render-tab';
import { AccountantPack } from './accountant-pack';
import { StatementOfAccount } from './statement-of-account';

describe('accountant pack (DOC-7)', () => {
  it('offers last fiscal year by default, any other year, or a period of your own', async () => {
    const user = userEvent.setup();
    await renderWithWords(<AccountantPack today="2026-11-26" />);
    const link = () => screen.queryByRole('link', { name: 'Télécharger le dossier (ZIP)' });
    expect(link()?.getAttribute('href')).toBe('/documents/accountant-pack.zip?from=2025-01-01&to=2025-12-31');
    await user.selectOptions(screen.getByLabelText('Période'), 'Exercice 2023 (1er janvier – 31 décembre)');
    expect(link()?.getAttribute('href')).toBe('/documents/accountant-pack.zip?from=2023-01-01&to=2023-12-31');
    await user.selectOptions(screen.getByLabelText('Période'), 'custom');
    expect(link()).toBeNull();
    expect(screen.getByText('Choisissez les deux dates de la période.')).toBeTruthy();
    await user.type(screen.getByLabelText('Du'), '2026-07-01');
    await user.type(screen.getByLabelText('Au'), '2026-03-31');
    expect(screen.getAllByText('La date de fin est antérieure à la date de début.')).toHaveLength(2);
    expect(link()).toBeNull();
    await user.clear(screen.getByLabelText('Au'));
    await user.type(screen.getByLabelText('Au'), '2026-09-30');
    expect(link()?.getAttribute('href')).toBe('/documents/accountant-pack.zip?from=2026-07-01&to=2026-09-30');
  });
});

describe('statement of account (DOC-8)', () => {
  it.each([
    ['fr', 'Solde au', 'Ouvrir le relevé (PDF)'],
    ['nl', 'Saldo op', 'Uittreksel openen (PDF)'],
    ['en', 'Balance at', 'Open the statement (PDF)'],
  ] as const)('in %s links to the PDF at the chosen date, never a future one', async (language, label, linkName) => {
    const user = userEvent.setup();
    await renderWithWords(<StatementOfAccount today="2026-11-26" />, language);
    expect(screen.getByRole('link', { name: linkName }).getAttribute('href')).toBe('/statement.pdf?date=2026-11-26');
    await user.clear(screen.getByLabelText(label));
    await user.type(screen.getByLabelText(label), '2025-12-31');
    expect(screen.getByRole('link', { name: linkName }).getAttribute('href')).toBe('/statement.pdf?date=2025-12-31');
    await user.clear(screen.getByLabelText(label));
    await user.type(screen.getByLabelText(label), '2027-01-01');
    expect(screen.queryByRole('link', { name: linkName })).toBeNull();
  });
});
