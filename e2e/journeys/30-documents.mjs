// DOC-1..DOC-9, HLP-1, HLP-2 in the browser, at 1280 px and 390 px, as the demo customer
// administrator: search an invoice, copy its structured reference, select ALL documents matching a
// filter and export them as CSV (the file's first line and row count), download a PDF (%PDF-,
// 200), open the print view, then the leaflets page and one of its PDFs. axe on every screen.
import { readFile } from 'node:fs/promises';

export const title = 'My documents and leaflets at 1280 px and 390 px (search, copy, select all, CSV, PDF, print view)';

// Issue #12 §5: the portal's CSV is for people (French here): headers and words in the user's language.
const CSV_HEADER = "Numéro;Type;Date;Date d'échéance;Contrat;Lot;Net HTVA;TVA;Total TVAC;Statut de paiement;Communication structurée";

export async function run({ newPage, baseUrl, check, axeCheck, shot, assert, demoLogins, signInAsCustomer }) {
  const admin = demoLogins.find((l) => /administrator/i.test(l.role));
  assert(admin, 'demo-logins.json has no customer administrator');

  for (const width of [1280, 390]) {
    const tag = `${width}px`;
    const page = await newPage({ width });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const table = page.getByRole('table', { name: 'Liste des documents' });
    let invoiceNumber = null;

    await check(`${tag} my documents: newest first, Belgian money and dates, no serious axe violation`, async () => {
      await signInAsCustomer(page, admin.login, admin.password);
      await page.goto(`${baseUrl}/documents`);
      await page.getByRole('heading', { level: 1, name: 'Mes documents' }).waitFor();
      await table.waitFor();
      const dates = await table.locator('tbody tr td[data-label="Émis le"]').allTextContents();
      assert(dates.length > 0, 'no document listed');
      assert(
        dates.every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d)),
        `dates not in dd/mm/yyyy: ${dates.slice(0, 3)}`,
      );
      const iso = dates.map((d) => d.split('/').reverse().join('-'));
      assert(
        iso.every((d, i) => i === 0 || iso[i - 1] >= d),
        'documents are not newest first',
      );
      const totals = await table.locator('tbody tr td[data-label="Total TVAC"]').allTextContents();
      assert(
        totals.every((t) => /^-?\d{1,3}(\.\d{3})*,\d{2}\s€$/.test(t)),
        `money not in Belgian format: ${totals.slice(0, 3)}`,
      );
      await page.getByRole('heading', { name: 'Lots de facturation' }).waitFor();
      await axeCheck(page, `documents ${tag}`);
      await shot(page, `${tag}-documents`);
    });

    await check(`${tag} search an invoice by its number, copy its structured reference`, async () => {
      const openInvoice = table.locator('tbody tr', { has: page.getByRole('button', { name: /^Copier la communication/ }) }).first();
      await openInvoice.waitFor();
      invoiceNumber = (await openInvoice.getByRole('rowheader').textContent()).trim();
      await page.getByLabel('Numéro de facture ou de contrat').fill(invoiceNumber);
      await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
      await page.waitForURL(/q=/);
      await page.getByText(/^1 document$/).waitFor();
      assert((await table.getByRole('rowheader').allTextContents()).join() === invoiceNumber, 'the search did not narrow to the invoice');
      const reference = (
        await table
          .locator('tbody tr')
          .first()
          .getByText(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/)
          .textContent()
      ).trim();
      await table.getByRole('button', { name: `Copier la communication ${reference}` }).click();
      await page.getByRole('status').filter({ hasText: 'Communication copiée' }).waitFor();
      const copied = await page.evaluate(() => window.navigator.clipboard.readText());
      assert(copied === reference, `clipboard holds "${copied}", not ${reference}`);
      await axeCheck(page, `documents search ${tag}`);
      await shot(page, `${tag}-documents-search`);
    });

    await check(`${tag} select ALL invoices matching the filter, export CSV: header and one line per document`, async () => {
      await page.getByRole('button', { name: 'Effacer les filtres' }).click();
      await page.getByLabel('Type').selectOption('INVOICE');
      // Only the type is left (the search of the check before is cleared), and its list has come.
      await page.waitForURL((url) => url.search === '?kind=INVOICE');
      await page.waitForLoadState('networkidle');
      const countText = await page.locator('#documents-count strong').textContent();
      const total = Number(/^(\d+) documents?$/.exec(countText.trim())?.[1]);
      assert(total > 0, `no invoice count: "${countText}"`);
      await page.getByRole('button', { name: /^Sélectionner (les \d+ documents|le document) correspondant au filtre$/ }).click();
      await page
        .getByText(
          total === 1
            ? 'Le document correspondant au filtre est sélectionné.'
            : `Les ${total} documents correspondant au filtre sont sélectionnés.`,
        )
        .waitFor();
      const csvLink = page.getByRole('link', { name: 'Exporter en CSV' });
      const href = await csvLink.getAttribute('href');
      assert(href === '/documents/export.csv?kinds=INVOICE', `CSV link does not carry the filter: ${href}`);
      await axeCheck(page, `documents selection ${tag}`);
      await shot(page, `${tag}-documents-select-all`);
      const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = csv.split('\r\n').filter(Boolean);
      assert(lines[0] === CSV_HEADER, `CSV first line: ${lines[0]}`);
      assert(lines.length - 1 === total, `CSV has ${lines.length - 1} documents, the filter ${total}`);
      assert(
        lines.slice(1).every((line) => line.split(';')[1] === 'Facture'),
        'the CSV holds other kinds than invoices',
      );
      // Belgian Excel reads these as dates and numbers: dd/mm/yyyy and a decimal comma.
      assert(
        lines.slice(1).every((line) => {
          const cells = line.split(';');
          return /^\d{2}\/\d{2}\/\d{4}$/.test(cells[2]) && /^\d+,\d{2}$/.test(cells[8]);
        }),
        `the CSV dates or amounts are not Belgian: ${lines[1]}`,
      );
      assert(/^documents-\d{4}-\d{2}-\d{2}\.csv$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    });

    await check(`${tag} download a PDF (200, %PDF-) and open the print view`, async () => {
      const row = table.locator('tbody tr').first();
      const number = (await row.getByRole('rowheader').textContent()).trim();
      const pdfLink = row.getByRole('link', { name: `Télécharger le PDF du document ${number}` });
      const href = await pdfLink.getAttribute('href');
      const response = await page.request.get(`${baseUrl}${href}`);
      assert(response.status() === 200, `PDF answered ${response.status()}`);
      assert(/application\/pdf/.test(response.headers()['content-type']), `PDF content type ${response.headers()['content-type']}`);
      assert((await response.body()).subarray(0, 5).toString('latin1') === '%PDF-', 'the PDF does not start with %PDF-');
      const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
      const bytes = await readFile(await download.path());
      assert(bytes.subarray(0, 5).toString('latin1') === '%PDF-', 'the downloaded file does not start with %PDF-');
      assert(download.suggestedFilename() === `${number}.pdf`, `file name ${download.suggestedFilename()}`);

      const [print] = await Promise.all([
        page.context().waitForEvent('page'),
        row.getByRole('link', { name: `Version imprimable du document ${number}` }).click(),
      ]);
      await print.waitForLoadState();
      assert(new URL(print.url()).pathname.startsWith('/documents/print/'), `print view at ${print.url()}`);
      await print.getByText(number).first().waitFor();
      await shot(print, `${tag}-print-view`);
      await axeCheck(print, `print view ${tag}`);
      await print.close();
    });

    await check(`${tag} leaflets: guides in three languages (PDF), FAQ and Customer Services`, async () => {
      await page.goto(`${baseUrl}/leaflets`);
      await page.getByRole('heading', { level: 1, name: 'Dépliants et aide' }).waitFor();
      await page.getByRole('heading', { name: 'Questions fréquentes' }).waitFor();
      await page.getByText(/Indiquez toujours votre numéro de contrat/).waitFor();
      await page.getByRole('link', { name: /@/ }).first().waitFor();
      const guide = page.getByRole('link', { name: 'Documents et exports en Français (PDF)' });
      const href = await guide.getAttribute('href');
      const response = await page.request.get(new URL(href, page.url()).href);
      assert(response.status() === 200, `leaflet answered ${response.status()} at ${href}`);
      assert((await response.body()).subarray(0, 5).toString('latin1') === '%PDF-', 'the leaflet is not a PDF');
      assert((await page.getByRole('link', { name: /\(PDF\)$/ }).count()) === 15, 'not 15 guides (5 topics × 3 languages)');
      await axeCheck(page, `leaflets ${tag}`);
      await shot(page, `${tag}-leaflets`);
    });

    await check(`${tag} no script error`, async () => {
      assert(page.pageErrors().length === 0, page.pageErrors().join('\n'));
    });
  }
}
