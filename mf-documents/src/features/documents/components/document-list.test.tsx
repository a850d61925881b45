import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BatchListQuery, DocumentListQuery } from '../api/documents.queries';
import { batchNode, batchPage, documentNode, documentPage } from '../../../test/document-fixtures';
import { renderDocumentsTab } from '../../../test/render-tab';
import { BATCHES_PAGE_SIZE } from './batch-list';
import { DOCUMENTS_PAGE_SIZE } from './document-list';

const first = DOCUMENTS_PAGE_SIZE;
const batches = {
  request: { query: BatchListQuery, variables: { first: BATCHES_PAGE_SIZE } },
  result: { data: batchPage([batchNode('B2026-11'), batchNode('B2026-10', { balanceCents: -2500, documentCount: 1 })]) },
};

function cellsOf(row: HTMLElement) {
  return [...row.querySelectorAll(':scope > th, :scope > td')];
}

describe('my documents (DOC-1, DOC-2, DOC-9)', () => {
  it('shows each document with Belgian money and dates, its payment status and its structured reference, and loads more', async () => {
    const user = userEvent.setup();
    await renderDocumentsTab({
      mocks: [
        batches,
        {
          request: { query: DocumentListQuery, variables: { first, filter: {} } },
          result: {
            data: documentPage(
              [
                documentNode(1),
                documentNode(2, {
                  kind: 'CREDIT_NOTE',
                  paymentStatus: 'PAID',
                  totalCents: -2500,
                  dueDate: null,
                  ublUrl: '/documents/doc-2/ubl',
                }),
              ],
              { hasNextPage: true, endCursor: 'cursor-doc-2', totalCount: 3 },
            ),
          },
        },
        {
          request: { query: DocumentListQuery, variables: { first, filter: {}, after: 'cursor-doc-2' } },
          result: {
            data: documentPage(
              [
                documentNode(3, {
                  kind: 'AMORTIZATION_TABLE',
                  paymentStatus: null,
                  structuredReference: null,
                  dueDate: null,
                  totalCents: 0,
                  ublUrl: null,
                }),
              ],
              { totalCount: 3 },
            ),
          },
        },
      ],
    });
    expect(await screen.findByText('3 documents')).toBeTruthy();
    expect(screen.getByText(/2 affichés sur 3/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Liste des documents' });
    const [, invoice, creditNote] = within(table).getAllByRole('row');
    expect(
      cellsOf(invoice!)
        .slice(0, 7)
        .map((cell) => cell.textContent),
    ).toEqual([
      'F2026-00001',
      'Facture',
      '15/11/2026',
      '01/12/2026',
      'LC-1001',
      '1.045,26\u00a0€',
      // DOC-9: the open invoice's structured reference sits under its status, with its copy button.
      'À payer+++123/4567/89002+++Copier',
    ]);
    expect(
      cellsOf(creditNote!)
        .slice(0, 7)
        .map((cell) => cell.textContent),
    ).toEqual(['F2026-00002', 'Note de crédit', '15/11/2026', '—', 'LC-1001', '-25,00\u00a0€', 'Payée']);
    // DOC-3, DOC-6: per-document links, named after the document for screen readers.
    expect(within(invoice!).getByRole('link', { name: 'Voir le PDF du document F2026-00001' }).getAttribute('href')).toBe(
      '/documents/doc-1/pdf',
    );
    expect(within(invoice!).getByRole('link', { name: 'Télécharger le PDF du document F2026-00001' }).getAttribute('href')).toBe(
      '/documents/doc-1/pdf?download=1',
    );
    expect(within(invoice!).getByRole('link', { name: 'UBL XML du document F2026-00001' }).getAttribute('href')).toBe(
      '/documents/doc-1/ubl',
    );
    expect(within(invoice!).getByRole('link', { name: 'Version imprimable du document F2026-00001' }).getAttribute('href')).toBe(
      '/documents/print/doc-1',
    );

    await user.click(screen.getByRole('button', { name: 'Afficher plus de documents' }));
    expect(await screen.findByText('F2026-00003')).toBeTruthy();
    const amortization = within(table).getAllByRole('row')[3]!;
    expect(
      cellsOf(amortization)
        .slice(0, 7)
        .map((cell) => cell.textContent),
    ).toEqual(['F2026-00003', 'Tableau d’amortissement', '15/11/2026', '—', 'LC-1001', '0,00\u00a0€', '—']);
    expect(within(amortization).queryByRole('link', { name: /UBL/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Afficher plus de documents' })).toBeNull();
  });

  it('copies the structured reference and says so in a live region', async () => {
    const user = userEvent.setup();
    await renderDocumentsTab({
      mocks: [
        batches,
        { request: { query: DocumentListQuery, variables: { first, filter: {} } }, result: { data: documentPage([documentNode(1)]) } },
      ],
    });
    const copy = await screen.findByRole('button', { name: 'Copier la communication +++123/4567/89002+++' });
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe('+++123/4567/89002+++');
    // The confirmation is set once the (asynchronous) clipboard write resolved, after the click returned.
    await waitFor(() => {
      const confirmation = screen.getAllByRole('status').find((status) => status.textContent?.includes('copiée'));
      expect(confirmation?.textContent).toBe('✓ Communication copiée');
    });
  });

  it('searches, filters, selects ALL documents matching the filter and exports them with that filter', async () => {
    const user = userEvent.setup();
    const filter = {
      issuedFrom: '2024-01-01',
      issuedTo: '2026-06-30',
      search: 'F2026',
      kinds: ['INVOICE'],
      contractNumber: 'LC-1001',
      paymentStatus: 'UNPAID',
    };
    await renderDocumentsTab({
      mocks: [
        batches,
        { request: { query: DocumentListQuery, variables: { first, filter: {} } }, result: { data: documentPage([documentNode(1)]) } },
        {
          request: { query: DocumentListQuery, variables: { first, filter: { kinds: ['INVOICE'] } } },
          result: { data: documentPage([documentNode(1)]) },
        },
        {
          request: { query: DocumentListQuery, variables: { first, filter: { kinds: ['INVOICE'], paymentStatus: 'UNPAID' } } },
          result: { data: documentPage([documentNode(1)]) },
        },
        {
          request: { query: DocumentListQuery, variables: { first, filter } },
          result: { data: documentPage([documentNode(1), documentNode(2)], { hasNextPage: true, endCursor: 'c2', totalCount: 137 }) },
        },
      ],
    });
    expect(await screen.findByText('1 document')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Type'), 'INVOICE');
    await user.selectOptions(screen.getByLabelText('Paiement'), 'UNPAID');
    await user.type(screen.getByLabelText('Numéro de facture ou de contrat'), 'F2026');
    await user.type(screen.getByLabelText('Contrat'), 'LC-1001');
    await user.type(screen.getByLabelText('Émis à partir du'), '2024-01-01');
    await user.type(screen.getByLabelText('Émis jusqu’au'), '2026-06-30');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('137 documents')).toBeTruthy();
    expect(screen.getByText(/2 affichés sur 137/)).toBeTruthy();

    expect(screen.queryByRole('link', { name: 'Exporter en CSV' })).toBeNull();
    const selectAll = screen.getByRole('button', { name: 'Sélectionner les 137 documents correspondant au filtre' });
    expect(selectAll.getAttribute('aria-pressed')).toBe('false');
    await user.click(selectAll);
    expect(selectAll.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Les 137 documents correspondant au filtre sont sélectionnés.')).toBeTruthy();
    const query = 'issuedFrom=2024-01-01&issuedTo=2026-06-30&search=F2026&kinds=INVOICE&contractNumber=LC-1001&paymentStatus=UNPAID';
    expect(screen.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href')).toBe(`/documents/export.csv?${query}`);
    expect(screen.getByRole('link', { name: 'Exporter en Excel (XLSX)' }).getAttribute('href')).toBe(`/documents/export.xlsx?${query}`);
    expect(screen.getByRole('link', { name: 'Télécharger les PDF (ZIP)' }).getAttribute('href')).toBe(`/documents/export.zip?${query}`);
  });

  it('a type picked right after "clear the filters" builds on the cleared filters, not on the search before', async () => {
    await renderDocumentsTab({
      route: '/documents?q=F2026-00001',
      mocks: [
        batches,
        {
          request: { query: DocumentListQuery, variables: { first, filter: { search: 'F2026-00001' } } },
          result: { data: documentPage([documentNode(1)]) },
        },
        {
          request: { query: DocumentListQuery, variables: { first, filter: {} } },
          result: { data: documentPage([documentNode(1), documentNode(2)], { totalCount: 16 }) },
        },
        {
          request: { query: DocumentListQuery, variables: { first, filter: { kinds: ['INVOICE'] } } },
          result: { data: documentPage([documentNode(1), documentNode(2)], { totalCount: 16 }) },
        },
      ],
    });
    expect(await screen.findByText('1 document')).toBeTruthy();
    // Both before React renders again, as a quick hand (or a browser test) can do.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
      fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'INVOICE' } });
    });
    expect(await screen.findByText('16 documents')).toBeTruthy();
    expect((screen.getByLabelText('Numéro de facture ou de contrat') as HTMLInputElement).value).toBe('');
  });

  it('lists the invoicing batches with their balance and a ZIP of the whole batch (DOC-5)', async () => {
    await renderDocumentsTab({
      mocks: [batches, { request: { query: DocumentListQuery, variables: { first, filter: {} } }, result: { data: documentPage([]) } }],
    });
    const table = await screen.findByRole('table', { name: 'Lots de facturation' });
    const [, november, october] = within(table).getAllByRole('row');
    expect(
      cellsOf(november!)
        .slice(0, 4)
        .map((cell) => cell.textContent),
    ).toEqual(['B2026-11', '15/11/2026', '12', '12.543,12\u00a0€']);
    expect(
      cellsOf(october!)
        .slice(0, 4)
        .map((cell) => cell.textContent),
    ).toEqual(['B2026-10', '15/11/2026', '1', '-25,00\u00a0€']);
    expect(within(november!).getByRole('link', { name: 'Télécharger le lot B2026-11 (ZIP)' }).getAttribute('href')).toBe(
      '/batches/B2026-11/zip',
    );
    // the documents query answers on its own schedule: wait for it rather than assume it came first
    expect(
      await screen.findByText(
        'Aucun document sur les 12 derniers mois. Choisissez une date de début plus ancienne pour voir les précédents.',
      ),
    ).toBeTruthy();
  });

  it('shows the documents of one batch, whatever their date, and drops that filter again (DOC-5)', async () => {
    const user = userEvent.setup();
    await renderDocumentsTab({
      mocks: [
        batches,
        {
          request: { query: DocumentListQuery, variables: { first, filter: {} } },
          result: { data: documentPage([documentNode(1), documentNode(2)]) },
        },
        {
          request: { query: DocumentListQuery, variables: { first, filter: { issuedFrom: '2000-01-01', batchNumber: 'B2026-10' } } },
          result: { data: documentPage([documentNode(2)]) },
        },
        batches,
        {
          request: { query: DocumentListQuery, variables: { first, filter: { issuedFrom: '2000-01-01' } } },
          result: { data: documentPage([documentNode(1), documentNode(2)]) },
        },
      ],
    });
    expect(await screen.findByText('2 documents')).toBeTruthy();
    await user.click(await screen.findByRole('link', { name: 'Voir les documents du lot B2026-10' }));
    expect(await screen.findByText('1 document')).toBeTruthy();
    expect((screen.getByLabelText('Émis à partir du') as HTMLInputElement).value).toBe('2000-01-01');
    await user.click(screen.getByRole('button', { name: 'Retirer le filtre du lot B2026-10' }));
    expect(await screen.findByText('2 documents')).toBeTruthy();
  });

  it.each([
    [
      'nl',
      'Mijn documenten',
      '1.045,26 €',
      'Te betalen',
      'Kopiëren',
      'Facturatiereeksen',
      'Het document selecteren dat aan de filter voldoet',
    ],
    ['en', 'My documents', '1.045,26 €', 'To pay', 'Copy', 'Invoicing batches', 'Select the document matching the filter'],
  ] as const)('speaks %s', async (language, heading, money, status, copy, batchesTitle, selectText) => {
    await renderDocumentsTab({
      language,
      mocks: [
        batches,
        { request: { query: DocumentListQuery, variables: { first, filter: {} } }, result: { data: documentPage([documentNode(1)]) } },
      ],
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
    expect(await screen.findByText(money)).toBeTruthy();
    expect(screen.getByText(status)).toBeTruthy();
    expect(screen.getByText(copy)).toBeTruthy();
    expect(screen.getByRole('heading', { name: batchesTitle })).toBeTruthy();
    expect(screen.getByRole('button', { name: selectText })).toBeTruthy();
  });
});
