import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { AttachmentsCard } from '../entries/request-screens';
import { createTestI18n } from '../test/test-i18n';

const files = [
  { id: 'a1', fileName: 'statuts.pdf', sizeBytes: 12345, downloadUrl: '/attachments/a1' },
  { id: 'a2', fileName: 'carte-identite.png', sizeBytes: 1536000, downloadUrl: '/attachments/a2' },
];

async function renderCard(language: 'fr' | 'nl' | 'en', attachments = files) {
  return render(
    <I18nextProvider i18n={await createTestI18n(language)}>
      <AttachmentsCard attachments={attachments} labelledBy="attachments-title" />
    </I18nextProvider>,
  );
}

describe('AttachmentsCard (REQ-3, BO-2)', () => {
  it('lists each file as a download link named after it, with its size in French units', async () => {
    await renderCard('fr');
    const card = screen.getByRole('region', { name: 'Pièces jointes' });
    expect(within(card).getByRole('heading', { level: 2 }).id).toBe('attachments-title');
    const links = within(card).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual(['Télécharger statuts.pdf', 'Télécharger carte-identite.png']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/attachments/a1', '/attachments/a2']);
    expect(links.map((link) => link.getAttribute('download'))).toEqual(['statuts.pdf', 'carte-identite.png']);
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['statuts.pdf (12,1\u00a0Ko)', 'carte-identite.png (1,5\u00a0Mo)']);
  });

  it.each([
    ['nl', 'Bijlagen', 'statuts.pdf downloaden', 'statuts.pdf (12,1\u00a0kB)'],
    ['en', 'Attachments', 'Download statuts.pdf', 'statuts.pdf (12,1\u00a0kB)'],
  ] as const)('speaks %s', async (language, title, label, item) => {
    await renderCard(language, files.slice(0, 1));
    const card = screen.getByRole('region', { name: title });
    expect(within(card).getByRole('link', { name: label }).textContent).toBe('statuts.pdf');
    expect(within(card).getByRole('listitem').textContent).toBe(item);
  });

  it('says so when a request has no files', async () => {
    await renderCard('nl', []);
    const card = screen.getByRole('region', { name: 'Bijlagen' });
    expect(within(card).getByText('Geen bijlagen.').tagName).toBe('P');
    expect(within(card).queryByRole('list')).toBeNull();
  });
});
