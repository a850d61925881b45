import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, credentialsFromMail, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { Document } from './document.entity';
import { pdfTextLines } from './document-test-support';

/**
 * Issue #19 §6 (CON-4, DOC-3, DOC-4): one contract's amortization table from its own screen — PDF,
 * print view, CSV (for people and `?format=data`) and XLSX — over real HTTP on a scratch database.
 * The figures of LC-1001 (4.75 %/12, 60 months in arrears, €50 000 financed, €5 000 residual, 21 % VAT)
 * were worked independently (core/amortization-reference.py); today is 2026-11-26.
 */
let t: TestGateway;
let admin: HttpClient;
let viewer: HttpClient;
let tableDocumentId = '';

async function get(path: string, as: HttpClient | null) {
  const base = (await t.client()).base;
  const cookie = as ? [...as.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, text: () => body.toString('utf8') };
}

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  const atelier = await provisionAtelierAdministrator(t);
  admin = await t.client();
  expect((await activate(admin, atelier.loginId, atelier.temporaryPassword)).errors).toBeUndefined();
  await admin.gql(
    `mutation { createLogin(input: { name: "Marc Comptable", email: "marc@fiduciaire.example", profile: VIEWER }) { loginId } }`,
  );
  await t.runWorker();
  const marc = credentialsFromMail((await t.mails()).find((m) => m.to === 'marc@fiduciaire.example')!.text);
  viewer = await t.client();
  expect((await activate(viewer, marc.loginId, marc.temporaryPassword, 'Bilan-Annuel#2026x')).errors).toBeUndefined();
  tableDocumentId = (await t.orm.em.fork().findOneOrFail(Document, { number: 'AT-LC-1001' })).id;
});
afterAll(async () => t.close());

describe('the CSV of one contract’s amortization table (issue #19 §6, CON-4)', () => {
  it('for people: the user’s words, dd/mm/yyyy, decimal commas, the option and totals lines, ";" and a BOM', async () => {
    const response = await get('/contracts/LC-1001/amortization.csv', viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=amortization-LC-1001.csv');
    expect([...response.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.text().slice(1).split('\r\n');
    expect(lines).toHaveLength(64);
    expect(lines[0]).toBe("Période;Date d'échéance;Loyer HTVA;Intérêts;Capital;Capital restant;TVA;Total TVAC");
    expect(lines[1]).toBe('1;01/02/2026;863,85;197,92;665,93;49334,07;181,41;1045,26');
    expect(lines[60]).toBe('60;01/01/2031;864,05;23,12;840,93;5000,00;181,45;1045,50');
    expect(lines[61]).toBe('Option;01/01/2031;5000,00;0,00;5000,00;0,00;1050,00;6050,00');
    expect(lines[62]).toBe('Totaux;;56831,20;6831,20;50000,00;;11934,64;68765,84');
    expect(lines[63]).toBe('');
  });

  it('for people in the user’s own language (PRO-6): Dutch once the administrator chooses it', async () => {
    expect((await admin.gql(`mutation { updateMyPreferences(input: { language: NL }) { language } }`)).errors).toBeUndefined();
    const lines = (await get('/contracts/LC-1001/amortization.csv', admin)).text().slice(1).split('\r\n');
    expect([lines[0], lines[1], lines[61], lines[62]]).toEqual([
      'Periode;Vervaldatum;Termijn excl. btw;Interest;Kapitaal;Openstaand kapitaal;Btw;Totaal incl. btw',
      '1;01/02/2026;863,85;197,92;665,93;49334,07;181,41;1045,26',
      'Optie;01/01/2031;5000,00;0,00;5000,00;0,00;1050,00;6050,00',
      'Totalen;;56831,20;6831,20;50000,00;;11934,64;68765,84',
    ]);
    await admin.gql(`mutation { updateMyPreferences(input: { language: FR }) { language } }`);
  });

  it('?format=data: stable English columns, ISO dates, decimal dots, a line kind, no totals', async () => {
    const response = await get('/contracts/LC-1001/amortization.csv?format=data', viewer);
    expect(response.status).toBe(200);
    expect([...response.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.text().slice(1).split('\r\n');
    expect(lines).toHaveLength(63);
    expect(lines[0]).toBe(
      'contract_number;period;line;due_date;installment_eur;interest_eur;capital_eur;outstanding_eur;vat_eur;total_eur',
    );
    expect(lines[1]).toBe('LC-1001;1;RENT;2026-02-01;863.85;197.92;665.93;49334.07;181.41;1045.26');
    expect(lines[60]).toBe('LC-1001;60;RENT;2031-01-01;864.05;23.12;840.93;5000.00;181.45;1045.50');
    expect(lines[61]).toBe('LC-1001;61;RESIDUAL_VALUE;2031-01-01;5000.00;0.00;5000.00;0.00;1050.00;6050.00');
    expect(lines[62]).toBe('');
  });

  it('refuses an unknown format with the field code, like the documents’ CSV', async () => {
    const response = await get('/contracts/LC-1001/amortization.csv?format=xml', viewer);
    expect(response.status).toBe(400);
    expect(response.text()).toContain('"field":"format","code":"FORMAT_INVALID"');
  });
});

describe('the XLSX of one contract’s amortization table (issue #19 §6, CON-4)', () => {
  it('has real numbers and dates in the user’s words, the option and totals lines', async () => {
    const response = await get('/contracts/LC-1001/amortization.xlsx', viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=amortization-LC-1001.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('LC-1001');
    expect(sheet.rowCount).toBe(63);
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Période', "Date d'échéance", 'Loyer HTVA', 'Intérêts', 'Capital', 'Capital restant', 'TVA', 'Total TVAC']);
    expect(values(2)).toEqual([1, new Date('2026-02-01T00:00:00.000Z'), 863.85, 197.92, 665.93, 49334.07, 181.41, 1045.26]);
    expect(values(61)).toEqual([60, new Date('2031-01-01T00:00:00.000Z'), 864.05, 23.12, 840.93, 5000, 181.45, 1045.5]);
    expect(values(62)).toEqual(['Option', new Date('2031-01-01T00:00:00.000Z'), 5000, 0, 5000, 0, 1050, 6050]);
    expect(values(63)).toEqual(['Totaux', undefined, 56831.2, 6831.2, 50000, undefined, 11934.64, 68765.84]);
    expect(sheet.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.00 "€"');
  });
});

describe('the PDF and print view of one contract’s amortization table (issue #19 §6, CON-4, DOC-3)', () => {
  it('are the contract’s amortization-table document, found by contract number', async () => {
    const byContract = await get('/contracts/LC-1001/amortization.pdf', viewer);
    expect(byContract.status).toBe(200);
    expect(byContract.headers.get('content-type')).toBe('application/pdf');
    expect(byContract.headers.get('content-disposition')).toBe('inline; filename=amortization-LC-1001.pdf');
    const lines = await pdfTextLines(byContract.body);
    expect(lines).toEqual(await pdfTextLines((await get(`/documents/${tableDocumentId}/pdf`, viewer)).body));
    expect(lines).toContain('Numéro de document AT-LC-1001');
    expect(lines).toContain('1 01/02/2026 863,85 € 197,92 € 665,93 € 49.334,07 € 181,41 € 1.045,26 €');
    expect(lines).toContain('Totaux 56.831,20 € 6.831,20 € 50.000,00 € 11.934,64 € 68.765,84 €');
    const download = await get('/contracts/LC-1001/amortization.pdf?download=1', viewer);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename=amortization-LC-1001.pdf');

    const print = await get('/contracts/LC-1001/amortization/print', viewer);
    expect(print.status).toBe(200);
    expect(print.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(print.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(print.text()).toBe((await get(`/documents/print/${tableDocumentId}`, viewer)).text());
    expect(print.text().match(/<tr><td class="num">\d+<\/td>/g)).toHaveLength(60);
  });

  it('for a contract the core system sent no table document for: the contract number, today, provisional', async () => {
    const lines = await pdfTextLines((await get('/contracts/CL-1003/amortization.pdf', viewer)).body);
    expect(lines).toContain('Numéro de document CL-1003');
    expect(lines).toContain('Date 26/11/2026');
    expect(lines).toContain('Statut PROVISOIRE');
  });
});

describe('who gets one contract’s amortization table (issue #19 §6, X-4)', () => {
  it.each([
    ['/contracts/RN-1002/amortization.pdf', 'a rental, which has none', 'A rental has no amortization table'],
    ['/contracts/LC-2001/amortization.csv', 'another customer’s contract', 'Contract not found'],
    ['/contracts/LC-9999/amortization.xlsx', 'an unknown contract', 'Contract not found'],
    ['/contracts/LC-2001/amortization/print', 'another customer’s contract, printed', 'Contract not found'],
  ])('%s (%s) is not found', async (path, _what, message) => {
    const response = await get(path, viewer);
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text())).toEqual({ error: { code: 'NOT_FOUND', message } });
  });

  it('asks for a session or a token', async () => {
    for (const path of ['/contracts/LC-1001/amortization.csv', '/contracts/LC-1001/amortization.pdf'])
      expect((await get(path, null)).status, path).toBe(401);
  });
});
