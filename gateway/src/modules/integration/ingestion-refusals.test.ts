import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../contracts';
import { Document, DocumentLine } from '../documents';
import { fixtureBatch } from '../../test/fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

/*
 * #12 §4 (INT-1, X-5): the ingestion endpoint refuses what the portal could not show, naming the
 * record and field, and writes nothing. Real HTTP requests against a real database.
 */
let t: TestGateway;
let base: string;
const SECRET = 'test-ingest-secret-0123456789abcdef';

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  base = await t.gateway.listen();
  await t.ingest(fixtureBatch());
});
afterAll(async () => t.close());

const ingest = (body: unknown) =>
  fetch(`${base}/internal/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
    body: JSON.stringify(body),
  });

async function counts() {
  const em = t.orm.em.fork();
  return { contracts: await em.count(Contract, {}), documents: await em.count(Document, {}), lines: await em.count(DocumentLine, {}) };
}

const newContract = (patch: Record<string, unknown>) => ({
  ...fixtureBatch().contracts.find((c) => c.contractNumber === 'CL-1003')!,
  upstreamId: 'K-NEW',
  contractNumber: 'CL-9999',
  assets: [],
  ...patch,
});

describe('contracts whose amortization table the engine would refuse (#12 §4)', () => {
  it.each([
    [
      'an ACTIVE contract at 150 %',
      { status: 'ACTIVE', activatedAt: '2026-11-20T08:00:00Z', annualRatePercent: '150' },
      'annualRatePercent',
      'Annual rate above 100 % (SCHEDULE_RATE_INVALID)',
    ],
    ['a PENDING contract at 150 %', { annualRatePercent: '150' }, 'annualRatePercent', 'Annual rate above 100 % (SCHEDULE_RATE_INVALID)'],
    [
      'a leasing whose last rent would fall after 9999',
      { kind: 'LEASING', startDate: '9990-01-01', endDate: '9999-12-31', numberOfInstallments: 600, periodicity: 'MONTHLY' },
      'startDate',
      'Schedule would end after year 9999 (SCHEDULE_START_INVALID)',
    ],
    [
      'a VAT rate above 100 %',
      { kind: 'LEASING', vatRatePercent: '121' },
      'vatRatePercent',
      "VAT rate must be null or a percentage in 0..100, got '121' (SCHEDULE_VAT_INVALID)",
    ],
  ])('refuses %s with 422, the record and the field, and writes nothing', async (_label, patch, field, message) => {
    const before = await counts();
    const response = await ingest({ contracts: [newContract(patch)] });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { problems: unknown[] } };
    expect(body.error.problems).toEqual([{ record: 'contracts[0]', upstreamId: 'K-NEW', field, message }]);
    expect(await counts()).toEqual(before);
  });

  it('takes a rental at any rate: it has no amortization table', async () => {
    const rental = { ...fixtureBatch().contracts.find((c) => c.contractNumber === 'RN-1002')!, annualRatePercent: '150' };
    const response = await ingest({ contracts: [rental] });
    expect(response.status).toBe(200);
  });
});

describe('invoice lines that do not add up (#12 §4)', () => {
  const invoiceWith = (patch: Record<string, unknown>) => ({
    ...fixtureBatch().invoices[0]!,
    upstreamId: 'I-NEW',
    number: 'INV-2026-0777',
    ...patch,
  });

  it('refuses the issue’s line 2 × 70,00 € = net 100,00 € with 1,00 € VAT at 21 %, naming both fields', async () => {
    const before = await counts();
    const response = await ingest({
      invoices: [
        invoiceWith({
          netCents: 10_000,
          vatCents: 100,
          totalCents: 10_100,
          lines: [
            { description: 'Maintenance', quantity: '2', unitPriceCents: 7_000, vatRatePercent: '21', netCents: 10_000, vatCents: 100 },
          ],
        }),
      ],
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { problems: unknown[] } };
    expect(body.error.problems).toEqual([
      {
        record: 'invoices[0]',
        upstreamId: 'I-NEW',
        field: 'lines[0].netCents',
        message: 'must be quantity × unit price = 2 × 70.00 = 140.00 (14000 cents)',
      },
      {
        record: 'invoices[0]',
        upstreamId: 'I-NEW',
        field: 'lines[0].vatCents',
        message: 'must be net × rate = 100.00 × 21 % = 21.00 (2100 cents)',
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('takes a document that rounds its VAT once per rate when it says so, and refuses it otherwise', async () => {
    // Three lines of 0,05 € at 21 %: per line 3 × 0,01 €; per rate round(0,15 × 21 %) = 0,03 € too,
    // but spread as 0,02 + 0,01 + 0,00 only a per-rate document is consistent.
    const lines = [2, 1, 0].map((vatCents) => ({
      description: 'Labels',
      quantity: '1',
      unitPriceCents: 5,
      vatRatePercent: '21',
      netCents: 5,
      vatCents,
    }));
    const document = { netCents: 15, vatCents: 3, totalCents: 18, lines };
    const perLine = await ingest({ invoices: [invoiceWith(document)] });
    expect(perLine.status).toBe(422);
    const refused = (await perLine.json()) as { error: { problems: { field: string }[] } };
    expect(refused.error.problems.map((p) => p.field)).toEqual(['lines[0].vatCents', 'lines[2].vatCents']);

    const perRate = await ingest({ invoices: [invoiceWith({ ...document, vatCalculation: 'PER_RATE' })] });
    expect(perRate.status).toBe(200);
    const stored = await t.orm.em.fork().findOneOrFail(Document, { number: 'INV-2026-0777' });
    expect([stored.netCents, stored.vatCents, stored.totalCents]).toEqual([15, 3, 18]);
  });
});

describe('early-termination rules the portal could not show (#18 item 9, INT-1)', () => {
  it.each([
    ['no language at all', {}, 'earlyTerminationRule', 'must give the text in at least one language (fr, nl or en)'],
    [
      'a Dutch text of 301 characters',
      { nl: 'x'.repeat(301) },
      'earlyTerminationRule.nl',
      'Too big: expected string to have <=300 characters',
    ],
    ['a single text of 301 characters', 'x'.repeat(301), 'earlyTerminationRule', 'Too big: expected string to have <=300 characters'],
    [
      'an empty French text',
      { fr: '  ', en: 'Outstanding capital plus an indemnity of 3 %' },
      'earlyTerminationRule.fr',
      'must not be empty',
    ],
    ['a control character', { en: 'Outstanding capital\u0000' }, 'earlyTerminationRule.en', 'must not contain a control character'],
    [
      'a language the portal does not speak',
      { fr: '50 % des loyers restants', de: '50 % der restlichen Mieten' },
      'earlyTerminationRule',
      'Unrecognized key: "de"',
    ],
  ])('refuses %s with 422, the record and the field, and writes nothing', async (_label, earlyTerminationRule, field, message) => {
    const before = await counts();
    const response = await ingest({ contracts: [newContract({ earlyTerminationRule })] });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { problems: unknown[] } };
    expect(body.error.problems).toEqual([{ record: 'contracts[0]', upstreamId: 'K-NEW', field, message }]);
    expect(await counts()).toEqual(before);
  });

  it('takes texts per language, each trimmed, and the older single text', async () => {
    const perLanguage = { fr: '  50 % des loyers restants ', nl: '50 % van de nog te vervallen huurgelden', en: null };
    expect((await ingest({ contracts: [newContract({ earlyTerminationRule: perLanguage })] })).status).toBe(200);
    const stored = await t.orm.em.fork().findOneOrFail(Contract, { contractNumber: 'CL-9999' });
    expect([stored.earlyTerminationRuleFr, stored.earlyTerminationRuleNl, stored.earlyTerminationRuleEn]).toEqual([
      '50 % des loyers restants',
      '50 % van de nog te vervallen huurgelden',
      null,
    ]);
    expect((await ingest({ contracts: [newContract({ earlyTerminationRule: ' 50 % des loyers restants ' })] })).status).toBe(200);
    const again = await t.orm.em.fork().findOneOrFail(Contract, { contractNumber: 'CL-9999' });
    // Atelier Lambert corresponds in French: the single text is French, the other languages are cleared
    expect([again.earlyTerminationRuleFr, again.earlyTerminationRuleNl, again.earlyTerminationRuleEn]).toEqual([
      '50 % des loyers restants',
      null,
      null,
    ]);
  });
});
