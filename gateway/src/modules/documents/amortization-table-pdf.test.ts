import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import { fixtureBatch } from '../../test/fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { Contract } from '../contracts';
import { pdfTextLines } from './document-test-support';

/*
 * #12 §3 (CON-4, DOC-3): the PDF and the print view of an in-advance table, as the customer's browser
 * downloads them, in each language of correspondence. LC-1009: 50 000,00 € at 4,75 % over 60 monthly
 * rents in advance from 15/01/2026, residual value 5 000,00 €, 21 % VAT. Figures worked independently
 * (Python decimal, outside the engine): P = 860,45 €; rent 1 at signing is all capital; rent 2 carries
 * January's interest on 49 139,55 € = 194,51 €; the last rent 860,25 € leaves 4 980,29 € = 5 000,00 / (1 + 0,0475/12);
 * the option a month later carries 19,71 € of interest.
 */
let t: TestGateway;
let admin: HttpClient;
let tableId: string;

const inAdvanceLeasing = {
  ...fixtureBatch().contracts[0]!,
  upstreamId: 'K-1009',
  contractNumber: 'LC-1009',
  objectSummary: 'Reach truck Linde R14',
  startDate: '2026-01-15',
  endDate: '2031-01-14',
  paymentTiming: 'IN_ADVANCE',
  periodicAmountCents: 86_045,
  activatedAt: '2026-01-10T09:00:00Z',
  assets: [],
  installments: [],
};

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  const atelier = await provisionAtelierAdministrator(t);
  admin = await t.client();
  expect((await activate(admin, atelier.loginId, atelier.temporaryPassword)).errors).toBeUndefined();
  await t.ingest({ contracts: [inAdvanceLeasing] });
  const documents = await admin.gql<{ documents: { nodes: { id: string; number: string }[] } }>(
    `{ documents(filter: { kinds: [AMORTIZATION_TABLE] }) { nodes { id number } } }`,
  );
  tableId = documents.data!.documents.nodes.find((d) => d.number === 'AT-LC-1009')!.id;
});
afterAll(async () => t.close());

async function download(path: string): Promise<Buffer> {
  const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(`${admin.base}${path}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function printIn(language: 'fr' | 'nl' | 'en'): Promise<void> {
  await t.ingest({ customers: [{ ...fixtureBatch().customers[0]!, language }] });
}

describe.each([
  {
    language: 'fr' as const,
    header: ['Convention Terme à échoir (loyer payable en début de période)', 'Loyers et taux Mensuels · taux nominal annuel 4,75 % ÷ 12'],
    note:
      "Les intérêts d'un loyer sont ceux courus pendant la période qui se termine à son échéance, sur le capital restant dû, arrondis au cent. " +
      'Le premier loyer, payé à la signature, est entièrement du capital. ' +
      "La ligne « Option » est la valeur résiduelle (option d'achat), due à la fin du contrat ; après elle, le capital restant dû est nul.",
    option: 'Option',
    totals: 'Totaux',
    residualHtml: 'Valeur résiduelle (option d&#39;achat)',
  },
  {
    language: 'nl' as const,
    header: [
      'Conventie Vooraf betaalbaar (huur bij het begin van de periode)',
      'Termijnen en rente Maandelijks · nominale jaarrente 4,75 % ÷ 12',
    ],
    note:
      'De interest van een huurtermijn is de interest gelopen over de periode die op de vervaldag eindigt, op het openstaande kapitaal, afgerond op de cent. ' +
      'De eerste huurtermijn, betaald bij de ondertekening, is volledig kapitaal. ' +
      'De lijn „Optie” is de restwaarde (aankoopoptie), verschuldigd op het einde van het contract; daarna is het openstaande kapitaal nul.',
    option: 'Optie',
    totals: 'Totalen',
    residualHtml: 'Restwaarde (aankoopoptie)',
  },
  {
    language: 'en' as const,
    header: ['Convention In advance (rent due at the start of each period)', 'Rents and rate Monthly · nominal annual rate 4,75 % ÷ 12'],
    note:
      'The interest of a rent is the interest accrued over the period ending on its due date, on the outstanding capital, rounded to the cent. ' +
      'The first rent, paid at signing, is all capital. ' +
      'The “Option” line is the residual value (purchase option), due at the end of the contract; after it the outstanding capital is nil.',
    option: 'Option',
    totals: 'Totals',
    residualHtml: 'Residual value (purchase option)',
  },
])('in-advance amortization table in $language (#12 §3, CON-4)', ({ language, header, note, option, totals, residualHtml }) => {
  it('states its convention and books interest the way the lessor does, ending with the purchase option', async () => {
    await printIn(language);
    const lines = await pdfTextLines(await download(`/documents/${tableId}/pdf`));
    for (const line of header) expect(lines).toContain(line);
    expect(lines.join(' ')).toContain(note);
    expect(lines).toContain('1 15/01/2026 860,45 € 0,00 € 860,45 € 49.139,55 € 180,69 € 1.041,14 €');
    expect(lines).toContain('2 15/02/2026 860,45 € 194,51 € 665,94 € 48.473,61 € 180,69 € 1.041,14 €');
    expect(lines).toContain('60 15/12/2030 860,25 € 23,03 € 837,22 € 4.980,29 € 180,65 € 1.040,90 €');
    expect(lines).toContain(`${option} 15/01/2031 5.000,00 € 19,71 € 4.980,29 € 0,00 € 1.050,00 € 6.050,00 €`);
    // capital column = the financed 50 000,00 €; interest 6 626,80 €
    expect(lines).toContain(`${totals} 56.626,80 € 6.626,80 € 50.000,00 € 11.891,36 € 68.518,16 €`);
  });

  it('prints the same in the print view', async () => {
    await printIn(language);
    const html = (await download(`/documents/print/${tableId}`)).toString('utf8');
    expect(html).toContain(
      `<tr class="residual"><td>${residualHtml}</td><td>15/01/2031</td><td class="num">5.000,00 €</td><td class="num">19,71 €</td><td class="num">4.980,29 €</td><td class="num">0,00 €</td>`,
    );
    expect(html.match(/<tr><td class="num">\d+<\/td>/g)).toHaveLength(60);
  });
});

describe('the PDF of a stored table the engine refuses (#12 §4, X-5)', () => {
  it('answers 409 with the code and the field instead of a 500', async () => {
    await t.orm.em.fork().nativeUpdate(Contract, { contractNumber: 'LC-1009' }, { annualRatePercent: '150' });
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${admin.base}/documents/${tableId}/pdf`, { headers: { cookie } });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'The terms of contract LC-1009 do not allow an amortization table: annualRatePercent: Annual rate above 100 %',
        fields: [{ field: 'annualRatePercent', code: 'SCHEDULE_RATE_INVALID', message: 'Annual rate above 100 %' }],
      },
    });
  });
});
