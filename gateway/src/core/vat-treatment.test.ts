import { describe, expect, it } from 'vitest';
import { exemptionMention, exemptionVatexCode, resolveVatTreatment, type InvoicedContractKind, type LineVatInput } from './vat-treatment';

describe('VAT treatment of an invoice line (issue #12 §2, DOC-3)', () => {
  const cases: [string, LineVatInput, InvoicedContractKind, ReturnType<typeof resolveVatTreatment>][] = [
    [
      '21 % without category is standard',
      { vatRatePercent: '21' },
      'LEASING',
      { ok: true, treatment: { category: 'S', exemptionBasis: null } },
    ],
    [
      '6 % stays standard on a credit line',
      { vatRatePercent: '6' },
      'CREDIT_LINE',
      { ok: true, treatment: { category: 'S', exemptionBasis: null } },
    ],
    [
      '0 % on a credit line defaults to exempt credit (art. 44 §3 5°)',
      { vatRatePercent: '0' },
      'CREDIT_LINE',
      { ok: true, treatment: { category: 'E', exemptionBasis: 'CREDIT_GRANTING' } },
    ],
    [
      '0.00 % is zero too',
      { vatRatePercent: '0.00' },
      'CREDIT_LINE',
      { ok: true, treatment: { category: 'E', exemptionBasis: 'CREDIT_GRANTING' } },
    ],
    [
      'exempt insurance on a leasing contract',
      { vatRatePercent: '0', vatCategory: 'E', vatExemptionBasis: 'INSURANCE' },
      'LEASING',
      { ok: true, treatment: { category: 'E', exemptionBasis: 'INSURANCE' } },
    ],
    [
      'zero-rated when the core system says so',
      { vatRatePercent: '0', vatCategory: 'Z' },
      null,
      { ok: true, treatment: { category: 'Z', exemptionBasis: null } },
    ],
    [
      'a 0 % line of a lease must say what it is',
      { vatRatePercent: '0' },
      'LEASING',
      {
        ok: false,
        field: 'vatCategory',
        message: 'is required for a 0 % line outside a credit line: E (exempt, with vatExemptionBasis) or Z (zero-rated)',
      },
    ],
    [
      'exempt outside a credit line needs its basis',
      { vatRatePercent: '0', vatCategory: 'E' },
      null,
      { ok: false, field: 'vatExemptionBasis', message: 'is required for an exempt (E) line outside a credit line' },
    ],
    [
      'standard at 0 %',
      { vatRatePercent: '0', vatCategory: 'S' },
      'LEASING',
      { ok: false, field: 'vatCategory', message: 'S (standard rate) needs a VAT rate above 0 %' },
    ],
    [
      'exempt at 21 %',
      { vatRatePercent: '21', vatCategory: 'E' },
      'CREDIT_LINE',
      { ok: false, field: 'vatCategory', message: 'E needs a VAT rate of 0 %' },
    ],
    [
      'a basis on a zero-rated line',
      { vatRatePercent: '0', vatCategory: 'Z', vatExemptionBasis: 'INSURANCE' },
      'LEASING',
      { ok: false, field: 'vatExemptionBasis', message: 'must be empty for category Z: only exempt (E) lines have one' },
    ],
  ];
  it.each(cases)('%s', (_name, line, kind, expected) => {
    expect(resolveVatTreatment(line, kind)).toEqual(expected);
  });

  it('states the legal basis of exempt credit in each language, with no VATEX code (the list has none for art. 135)', () => {
    expect(exemptionMention('CREDIT_GRANTING', 'fr')).toBe(
      'Exonération de TVA : octroi de crédit (art. 44, § 3, 5°, Code TVA ; art. 135, § 1er, b), directive 2006/112/CE)',
    );
    expect(exemptionMention('CREDIT_GRANTING', 'nl')).toBe(
      'Vrijstelling van btw: kredietverlening (art. 44, § 3, 5°, Btw-Wetboek; art. 135, lid 1, b), Richtlijn 2006/112/EG)',
    );
    expect(exemptionMention('CREDIT_GRANTING', 'en')).toBe(
      'VAT exempt: granting of credit (Belgian VAT Code art. 44 §3 5°; Directive 2006/112/EC art. 135(1)(b))',
    );
    expect(exemptionVatexCode('CREDIT_GRANTING')).toBeNull();
  });
});
