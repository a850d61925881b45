import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { Customer } from '../customers';
import { generateDemoBatches } from '../../seeding';
import { Document } from './document.entity';
import { DocumentKind } from './document.enums';
import { renderPeppolUbl } from './peppol-ubl';
import { PEPPOL_DIR, validateUblFolder, validationTools } from './peppol-validation-support';
import { PrintableDocuments } from './printable-document';

/**
 * Issue #12 §6 (DOC-6): every UBL file of the demo set passes the UBL 2.1 XSD and the official
 * EN 16931 + Peppol BIS Billing 3.0 Schematron, with no failed assert of any flag (warnings included).
 * Without the tools this file fails, in CI and on a workstation alike: .ci/run installs them.
 */
const found = validationTools();

let t: TestGateway;
const work = mkdtempSync(join(tmpdir(), 'peppol-'));
const demoSet: { number: string; kind: DocumentKind; xml: string }[] = [];
const isDirectDebit = (xml: string) => xml.includes('<cbc:PaymentMeansCode name="SEPA direct debit">59</cbc:PaymentMeansCode>');
const isExempt = (xml: string) => xml.includes('<cbc:ID>E</cbc:ID>');
/** Findings per file name, from one run of each validator over every file (a Saxon run costs ~15 s). */
let findings = new Map<string, string[]>();

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  for (const batch of generateDemoBatches('2026-11-26')) await t.ingest(batch);
  const em = t.orm.em.fork();
  for (const customer of await em.find(Customer, {}, { orderBy: { customerNumber: 'asc' } })) {
    const documents = await em.find(
      Document,
      { customer, kind: { $in: [DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE] } },
      { orderBy: { number: 'asc' } },
    );
    for (const document of await new PrintableDocuments(em, customer.id).ofChunk(documents)) {
      if (document.kind === DocumentKind.AMORTIZATION_TABLE) continue;
      demoSet.push({ number: document.number, kind: document.kind, xml: renderPeppolUbl(document) });
    }
  }
  if (!found.ok) return;
  const dir = join(work, 'all');
  mkdirSync(dir);
  for (const file of readdirSync(join(PEPPOL_DIR, 'examples')))
    copyFileSync(join(PEPPOL_DIR, 'examples', file), join(dir, `example-${file}`));
  for (const document of demoSet) writeFileSync(join(dir, `${document.number}.xml`), document.xml);
  // Two files the rules must refuse, made from demo files: proof that a failure would be seen.
  const debit = demoSet.find((d) => isDirectDebit(d.xml));
  const exempt = demoSet.find((d) => isExempt(d.xml));
  if (debit) writeFileSync(join(dir, 'broken-no-mandate.xml'), debit.xml.replace(/<cac:PaymentMandate>[\s\S]*?<\/cac:PaymentMandate>/, ''));
  if (exempt)
    writeFileSync(
      join(dir, 'broken-no-exemption-reason.xml'),
      exempt.xml.replace(/<cbc:TaxExemptionReason>[^<]*<\/cbc:TaxExemptionReason>/g, ''),
    );
  findings = new Map();
  for (const f of validateUblFolder(dir, found.tools)) {
    findings.set(f.file, [...(findings.get(f.file) ?? []), `${f.source} ${f.rule}: ${f.message}`]);
  }
}, 300_000);
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

/** Without the tools every test fails with what to install (never a skip, never a vacuous pass). */
const missingTools = () => (found.ok ? 'ok' : `${found.missing}${process.env.CI === 'true' ? ' — .ci/run must install them' : ''}`);
const rulesOf = (file: string) => {
  if (!found.ok) throw new Error(missingTools());
  return (findings.get(file) ?? []).map((f) => f.replace(/:.*$/, ''));
};

describe('Peppol validation in CI (issue #12 §6, DOC-6)', () => {
  it('has xmllint, Java with Saxon-HE and the rules beside the repository (../shared/peppol)', () => {
    expect(missingTools()).toBe('ok');
  });

  it('accepts the three official examples (self-test of the set-up)', () => {
    expect(rulesOf('example-base-example.xml')).toEqual([]);
    expect(rulesOf('example-base-creditnote-correction.xml')).toEqual([]);
    expect(rulesOf('example-vat-category-E.xml')).toEqual([]);
  });

  it('sees the failed asserts of broken files: a direct debit without mandate, an exempt breakdown without reason', () => {
    expect(rulesOf('broken-no-mandate.xml')).toEqual(['PEPPOL-EN16931-UBL.xslt PEPPOL-EN16931-R061 (fatal)']);
    expect(rulesOf('broken-no-exemption-reason.xml')).toEqual(['CEN-EN16931-UBL.xslt BR-E-10 (fatal)']);
  });

  it('validates every invoice and credit note of the demo set: XSD and Schematron, no failed assert whatever its flag', () => {
    expect({
      invoices: demoSet.filter((d) => d.kind === DocumentKind.INVOICE).length,
      creditNotes: demoSet.filter((d) => d.kind === DocumentKind.CREDIT_NOTE).length,
      directDebit: demoSet.filter((d) => isDirectDebit(d.xml)).length,
      exempt: demoSet.filter((d) => isExempt(d.xml)).length,
    }).toEqual({ invoices: 105, creditNotes: 1, directDebit: 82, exempt: 25 });
    expect(missingTools()).toBe('ok');
    const failures = demoSet.flatMap((d) => (findings.get(`${d.number}.xml`) ?? []).map((f) => `${d.number} ${f}`));
    expect(failures).toEqual([]);
    expect(findings.get('(all)')).toBeUndefined();
  });
});
