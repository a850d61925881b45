/**
 * VAT treatment of an invoice line (issue #12 §2, DOC-3, DOC-6): its EN 16931 VAT category (UNCL5305)
 * and, for an exempt line, the legal basis of the exemption, which the PDF prints in the customer's
 * language and the UBL carries as BT-120 (text) and BT-121 (VATEX code, where the code list has one).
 *
 * Categories handled: S (standard rate), Z (zero-rated: a taxed supply at 0 %, rare in Belgium) and
 * E (exempt: no VAT because the law exempts the operation, e.g. granting credit).
 */
export const VAT_CATEGORIES = ['S', 'Z', 'E'] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

export const VAT_EXEMPTION_BASES = ['CREDIT_GRANTING', 'INSURANCE'] as const;
export type VatExemptionBasis = (typeof VAT_EXEMPTION_BASES)[number];

export type VatLanguage = 'fr' | 'nl' | 'en';

interface ExemptionBasisText {
  /** VATEX code (BT-121); null when the code list has none for this basis (articles 135 have none). */
  vatexCode: string | null;
  mention: Record<VatLanguage, string>;
}

const EXEMPTION_BASES: Record<VatExemptionBasis, ExemptionBasisText> = {
  CREDIT_GRANTING: {
    vatexCode: null,
    mention: {
      fr: 'Exonération de TVA : octroi de crédit (art. 44, § 3, 5°, Code TVA ; art. 135, § 1er, b), directive 2006/112/CE)',
      nl: 'Vrijstelling van btw: kredietverlening (art. 44, § 3, 5°, Btw-Wetboek; art. 135, lid 1, b), Richtlijn 2006/112/EG)',
      en: 'VAT exempt: granting of credit (Belgian VAT Code art. 44 §3 5°; Directive 2006/112/EC art. 135(1)(b))',
    },
  },
  INSURANCE: {
    vatexCode: null,
    mention: {
      fr: "Exonération de TVA : opération d'assurance (art. 44, § 3, 4°, Code TVA ; art. 135, § 1er, a), directive 2006/112/CE)",
      nl: 'Vrijstelling van btw: verzekeringsverrichting (art. 44, § 3, 4°, Btw-Wetboek; art. 135, lid 1, a), Richtlijn 2006/112/EG)',
      en: 'VAT exempt: insurance transaction (Belgian VAT Code art. 44 §3 4°; Directive 2006/112/EC art. 135(1)(a))',
    },
  },
};

/** The mention printed under the totals of a document with an exempt line. */
export function exemptionMention(basis: VatExemptionBasis, language: VatLanguage): string {
  return EXEMPTION_BASES[basis].mention[language];
}

/** BT-121, or null when the VATEX list has no code for this basis (then BT-120 alone states it). */
export function exemptionVatexCode(basis: VatExemptionBasis): string | null {
  return EXEMPTION_BASES[basis].vatexCode;
}

export interface VatTreatment {
  category: VatCategory;
  exemptionBasis: VatExemptionBasis | null;
}

export interface LineVatInput {
  vatRatePercent: string;
  vatCategory?: VatCategory | null;
  vatExemptionBasis?: VatExemptionBasis | null;
}

/** The kinds of contract an invoice can belong to; null for an invoice outside any contract. */
export type InvoicedContractKind = 'LEASING' | 'CREDIT_LINE' | 'RENTAL' | null;

export type VatTreatmentResult =
  { ok: true; treatment: VatTreatment } | { ok: false; field: 'vatCategory' | 'vatExemptionBasis'; message: string };

const isZeroRate = (ratePercent: string) => Number(ratePercent) === 0;

/**
 * What the core system sent, completed with the default of the contract kind: a line with a rate is
 * standard-rated; a 0 % line of a credit line is exempt credit (its interest and fees are the price of
 * the credit). Any other 0 % line must say which it is: exempt with its basis, or zero-rated.
 */
export function resolveVatTreatment(line: LineVatInput, contractKind: InvoicedContractKind): VatTreatmentResult {
  const zero = isZeroRate(line.vatRatePercent);
  const category = line.vatCategory ?? (zero ? (contractKind === 'CREDIT_LINE' ? 'E' : null) : 'S');
  if (category === null) {
    return {
      ok: false,
      field: 'vatCategory',
      message: 'is required for a 0 % line outside a credit line: E (exempt, with vatExemptionBasis) or Z (zero-rated)',
    };
  }
  if (category === 'S' && zero) return { ok: false, field: 'vatCategory', message: 'S (standard rate) needs a VAT rate above 0 %' };
  if (category !== 'S' && !zero) return { ok: false, field: 'vatCategory', message: `${category} needs a VAT rate of 0 %` };
  if (category !== 'E') {
    if (line.vatExemptionBasis) {
      return { ok: false, field: 'vatExemptionBasis', message: `must be empty for category ${category}: only exempt (E) lines have one` };
    }
    return { ok: true, treatment: { category, exemptionBasis: null } };
  }
  const basis = line.vatExemptionBasis ?? (contractKind === 'CREDIT_LINE' ? 'CREDIT_GRANTING' : null);
  if (!basis) return { ok: false, field: 'vatExemptionBasis', message: 'is required for an exempt (E) line outside a credit line' };
  return { ok: true, treatment: { category: 'E', exemptionBasis: basis } };
}
