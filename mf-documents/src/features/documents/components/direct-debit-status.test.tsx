import { screen, within } from '@testing-library/react';
import { BatchListQuery, DocumentListQuery } from '../api/documents.queries';
import { batchNode, batchPage, documentNode, documentPage } from '../../../test/document-fixtures';
import { renderDocumentsTab } from '../../../test/render-tab';
import { BATCHES_PAGE_SIZE } from './batch-list';
import { DOCUMENTS_PAGE_SIZE } from './document-list';

/**
 * Issue #12 §1 (DOC-3, DOC-9): an open invoice of a direct-debit contract will be collected on its due
 * date — the list says so instead of "to pay" and offers no structured reference to copy; a transfer
 * invoice, or a collection that failed (overdue), keeps the reference and its copy button.
 */
const batches = {
  request: { query: BatchListQuery, variables: { first: BATCHES_PAGE_SIZE } },
  result: { data: batchPage([batchNode('B2026-11')]) },
};

const list = documentPage([
  documentNode(1, { directDebitMandateReference: 'MANDATE-1001' }),
  documentNode(2, { directDebitMandateReference: null, structuredReference: '+++002/0260/00301+++' }),
  documentNode(3, { directDebitMandateReference: 'MANDATE-1001', paymentStatus: 'OVERDUE', structuredReference: '+++002/0260/00196+++' }),
  documentNode(4, { directDebitMandateReference: 'MANDATE-1001', paymentStatus: 'PAID' }),
]);

const statusCells = () =>
  within(screen.getByText('F2026-00001').closest('table')!)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll(':scope > th, :scope > td')][6]?.textContent);

describe('direct-debit invoices in my documents (issue #12 §1, DOC-3, DOC-9)', () => {
  it.each([
    ['fr', ['Domiciliation le 01/12/2026', 'À payer+++002/0260/00301+++Copier', 'En retard+++002/0260/00196+++Copier', 'Payée']],
    [
      'nl',
      ['Domiciliëring op 01/12/2026', 'Te betalen+++002/0260/00301+++Kopiëren', 'Achterstallig+++002/0260/00196+++Kopiëren', 'Betaald'],
    ],
    ['en', ['Direct debit on 01/12/2026', 'To pay+++002/0260/00301+++Copy', 'Overdue+++002/0260/00196+++Copy', 'Paid']],
  ] as const)(
    'says when an invoice will be collected and offers the reference only where a transfer is expected (%s)',
    async (language, expected) => {
      await renderDocumentsTab({
        language,
        mocks: [
          batches,
          { request: { query: DocumentListQuery, variables: { first: DOCUMENTS_PAGE_SIZE, filter: {} } }, result: { data: list } },
        ],
      });
      expect(await screen.findByText('F2026-00001')).toBeTruthy();
      expect(statusCells()).toEqual(expected);
      expect(screen.queryByRole('button', { name: /\+\+\+123\/4567\/89002\+\+\+/ })).toBeNull();
    },
  );
});
