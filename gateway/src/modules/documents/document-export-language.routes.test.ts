import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, credentialsFromMail, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

/**
 * Issue #12 §5, PRO-6: the exports for people speak the language of the person who downloads them —
 * each login has its own, as on the portal's screens — not the company's language of correspondence.
 * A partner's integration token has no person behind it: it gets the customer's language. The machine
 * format (?format=data) is the same for everybody. Atelier Lambert corresponds in French, Bakkerij
 * Peeters in Dutch. Its own gateway: the test changes logins' languages.
 */
let t: TestGateway;
let claire: HttpClient;
let marc: HttpClient;
let jan: HttpClient;

async function get(path: string, as: HttpClient | null, headers: Record<string, string> = {}): Promise<Buffer> {
  const base = (await t.client()).base;
  const cookie = as ? [...as.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  const response = await fetch(`${base}${path}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}
const csvLines = async (path: string, as: HttpClient | null, headers: Record<string, string> = {}) =>
  (await get(path, as, headers)).toString('utf8').split('\r\n');

async function xlsxFirstRows(path: string, as: HttpClient): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await get(path, as)) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet('Documents')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows.slice(0, 2);
}

async function chooseLanguage(client: HttpClient, language: 'FR' | 'NL' | 'EN'): Promise<void> {
  const answer = await client.gql(`mutation { updateMyPreferences(input: { language: ${language} }) { loginId } }`);
  expect(answer.errors).toBeUndefined();
}

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  const atelier = await provisionAtelierAdministrator(t);
  claire = await t.client();
  expect((await activate(claire, atelier.loginId, atelier.temporaryPassword)).errors).toBeUndefined();

  const janMail = credentialsFromMail((await t.mails()).find((m) => m.to === 'jan@peeters.example' && m.template === 'activation')!.text);
  jan = await t.client();
  expect((await activate(jan, janMail.loginId, janMail.temporaryPassword)).errors).toBeUndefined();

  const created = await claire.gql(
    `mutation { createLogin(input: { name: "Marc Comptable", email: "marc@fiduciaire.example", profile: VIEWER }) { loginId } }`,
  );
  expect(created.errors).toBeUndefined();
  await t.runWorker();
  const marcMail = credentialsFromMail((await t.mails()).find((m) => m.to === 'marc@fiduciaire.example')!.text);
  marc = await t.client();
  expect((await activate(marc, marcMail.loginId, marcMail.temporaryPassword, 'Bilan-Annuel#2026x')).errors).toBeUndefined();

  // Marc reads Dutch at a French-speaking customer; Jan reads French at a Dutch-speaking one.
  await chooseLanguage(marc, 'NL');
  await chooseLanguage(jan, 'FR');
});
afterAll(async () => t.close());

const FR_HEADER = "\uFEFFNuméro;Type;Date;Date d'échéance;Contrat;Lot;Net HTVA;TVA;Total TVAC;Statut de paiement;Communication structurée";
const NL_HEADER =
  '\uFEFFNummer;Soort;Datum;Vervaldatum;Contract;Run;Netto excl. btw;Btw;Totaal incl. btw;Betaalstatus;Gestructureerde mededeling';

describe('the language of the exports for people (issue #12 §5, PRO-6)', () => {
  it('gives a Dutch-speaking login of a French-speaking customer Dutch headers and words', async () => {
    expect((await csvLines('/documents/export.csv?kinds=CREDIT_NOTE', marc)).slice(0, 2)).toEqual([
      NL_HEADER,
      "CN-2026-0001;Creditnota;21/11/2026;;LC-1001;B2026-11;100,00;21,00;121,00;Open;'+++002/0260/00196+++",
    ]);
    expect(await xlsxFirstRows('/documents/export.xlsx?kinds=CREDIT_NOTE', marc)).toEqual([
      [
        'Nummer',
        'Soort',
        'Datum',
        'Vervaldatum',
        'Contract',
        'Run',
        'Netto excl. btw',
        'Btw',
        'Totaal incl. btw',
        'Betaalstatus',
        'Gestructureerde mededeling',
      ],
      [
        'CN-2026-0001',
        'Creditnota',
        new Date('2026-11-21T00:00:00.000Z'),
        undefined,
        'LC-1001',
        'B2026-11',
        100,
        21,
        121,
        'Open',
        '+++002/0260/00196+++',
      ],
    ]);
  });

  it('gives a French-speaking login French, whatever the customer’s language', async () => {
    expect((await csvLines('/documents/export.csv?kinds=CREDIT_NOTE', claire)).slice(0, 2)).toEqual([
      FR_HEADER,
      "CN-2026-0001;Note de crédit;21/11/2026;;LC-1001;B2026-11;100,00;21,00;121,00;Ouverte;'+++002/0260/00196+++",
    ]);
    // Jan's company, Bakkerij Peeters, corresponds in Dutch; Jan chose French.
    expect((await csvLines('/documents/export.csv?kinds=INVOICE', jan))[0]).toBe(FR_HEADER);
    expect((await xlsxFirstRows('/documents/export.xlsx?kinds=INVOICE', jan))[0]![0]).toBe('Numéro');
  });

  it('gives an integration token the customer’s language of correspondence, not its creator’s', async () => {
    const created = await jan.gql<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(input: { name: "Boekhouding", profile: VIEWER, expiresOn: "2027-06-30" }) { token } }`,
    );
    expect(created.errors).toBeUndefined();
    const authorization = `Bearer ${created.data!.createApiToken.token}`;
    expect((await csvLines('/documents/export.csv?kinds=INVOICE', null, { authorization }))[0]).toBe(NL_HEADER);
  });

  it('keeps the machine format the same for every language', async () => {
    expect((await csvLines('/documents/export.csv?kinds=CREDIT_NOTE&format=data', marc)).slice(0, 2)).toEqual([
      '\uFEFFnumber;kind;issue_date;due_date;contract_number;batch;net_eur;vat_eur;total_eur;payment_status;structured_reference',
      'CN-2026-0001;CREDIT_NOTE;2026-11-21;;LC-1001;B2026-11;100.00;21.00;121.00;OPEN;+++002/0260/00196+++',
    ]);
  });
});
