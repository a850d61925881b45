import { centsToDecimalString } from '../../core/money';
import { formatStructuredReference } from '../../core/structured-reference';
import { DocumentKind } from './document.enums';
import { exemptionMention, exemptionVatexCode } from '../../core/vat-treatment';
import type { DocumentLanguage } from './document-labels';
import { vatBreakdown, type Buyer, type PrintableInvoice, type PrintableLine, type VatSubtotal } from './printable-document';
import { SELLER, type PostalAddress } from './seller-identity';
import { el, renderXml, type XmlNode } from './xml-builder';

/**
 * DOC-6: an invoice or credit note as Peppol BIS Billing 3.0 UBL, Belgium's B2B e-invoicing format.
 * Parties are identified by their enterprise number under scheme 0208 (Belgian KBO/BCE). Elements are
 * written in the order of the UBL 2.1 XSD.
 */
export const PEPPOL_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
const ENTERPRISE_NUMBER_SCHEME = '0208';
const NS = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

const amount = (name: string, cents: number) => el(name, { currencyID: 'EUR' }, centsToDecimalString(cents));

/** BG-30 (a line's category and rate): the exemption reason is stated once, in the VAT breakdown. */
function lineTaxCategory(line: PrintableLine): XmlNode {
  return el('cac:ClassifiedTaxCategory', [
    el('cbc:ID', line.vatCategory),
    el('cbc:Percent', line.vatRatePercent),
    el('cac:TaxScheme', [el('cbc:ID', 'VAT')]),
  ]);
}

/** BG-23 category of a VAT breakdown; an exempt one carries BT-121 (when a VATEX code exists) and BT-120. */
function subtotalTaxCategory(subtotal: VatSubtotal, language: DocumentLanguage): XmlNode {
  const basis = subtotal.exemptionBasis;
  const code = basis ? exemptionVatexCode(basis) : null;
  return el('cac:TaxCategory', [
    el('cbc:ID', subtotal.category),
    el('cbc:Percent', subtotal.ratePercent),
    code ? el('cbc:TaxExemptionReasonCode', code) : null,
    basis ? el('cbc:TaxExemptionReason', exemptionMention(basis, language)) : null,
    el('cac:TaxScheme', [el('cbc:ID', 'VAT')]),
  ]);
}

function address(value: PostalAddress): XmlNode {
  return el('cac:PostalAddress', [
    el('cbc:StreetName', value.street),
    el('cbc:CityName', value.city),
    el('cbc:PostalZone', value.postalCode),
    el('cac:Country', [el('cbc:IdentificationCode', value.country)]),
  ]);
}

function party(
  wrapper: string,
  p: { name: string; enterpriseNumber: string; vatNumber: string | null; address: PostalAddress },
  sepaCreditorId: string | null = null,
): XmlNode {
  return el(wrapper, [
    el('cac:Party', [
      el('cbc:EndpointID', { schemeID: ENTERPRISE_NUMBER_SCHEME }, p.enterpriseNumber),
      // BT-90: the seller's SEPA creditor identifier, on a direct-debit invoice.
      sepaCreditorId ? el('cac:PartyIdentification', [el('cbc:ID', { schemeID: 'SEPA' }, sepaCreditorId)]) : null,
      el('cac:PartyName', [el('cbc:Name', p.name)]),
      address(p.address),
      p.vatNumber ? el('cac:PartyTaxScheme', [el('cbc:CompanyID', p.vatNumber), el('cac:TaxScheme', [el('cbc:ID', 'VAT')])]) : null,
      el('cac:PartyLegalEntity', [
        el('cbc:RegistrationName', p.name),
        el('cbc:CompanyID', { schemeID: ENTERPRISE_NUMBER_SCHEME }, p.enterpriseNumber),
      ]),
    ]),
  ]);
}

const buyerParty = (buyer: Buyer) => party('cac:AccountingCustomerParty', buyer);

/** UBL XML of an invoice (Invoice, type 380) or a credit note (CreditNote, type 381). */
export function renderPeppolUbl(document: PrintableInvoice): string {
  const credit = document.kind === DocumentKind.CREDIT_NOTE;
  const root = credit ? 'CreditNote' : 'Invoice';
  const lineName = credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  const quantityName = credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity';
  const subtotals = vatBreakdown(document.lines);
  const debit = credit ? null : document.directDebit;

  const xml = el(root, { xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`, 'xmlns:cac': NS.cac, 'xmlns:cbc': NS.cbc }, [
    el('cbc:CustomizationID', PEPPOL_CUSTOMIZATION_ID),
    el('cbc:ProfileID', PEPPOL_PROFILE_ID),
    el('cbc:ID', document.number),
    el('cbc:IssueDate', document.issueDate),
    // A credit note has no DueDate element in UBL 2.1: its due date would go under PaymentMeans.
    !credit && document.dueDate ? el('cbc:DueDate', document.dueDate) : null,
    el(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', credit ? '381' : '380'),
    el('cbc:DocumentCurrencyCode', 'EUR'),
    // BT-10: Peppol wants a buyer reference or an order reference; the customer number is on every letter.
    el('cbc:BuyerReference', document.buyer.customerNumber),
    credit && document.creditedDocumentNumber
      ? el('cac:BillingReference', [el('cac:InvoiceDocumentReference', [el('cbc:ID', document.creditedDocumentNumber)])])
      : null,
    document.contractNumber ? el('cac:ContractDocumentReference', [el('cbc:ID', document.contractNumber)]) : null,
    party('cac:AccountingSupplierParty', SELLER, debit ? SELLER.sepaCreditorId : null),
    buyerParty(document.buyer),
    credit ? null : paymentMeans(document),
    // BR-CO-25: an amount due needs a due date or payment terms.
    credit || !document.dueDate
      ? el('cac:PaymentTerms', [el('cbc:Note', credit ? 'Refunded or deducted from the next invoice' : 'Payable on receipt')])
      : null,
    el('cac:TaxTotal', [
      amount('cbc:TaxAmount', document.vatCents),
      ...subtotals.map((subtotal) =>
        el('cac:TaxSubtotal', [
          amount('cbc:TaxableAmount', subtotal.taxableCents),
          amount('cbc:TaxAmount', subtotal.vatCents),
          subtotalTaxCategory(subtotal, document.buyer.language),
        ]),
      ),
    ]),
    el('cac:LegalMonetaryTotal', [
      amount('cbc:LineExtensionAmount', document.netCents),
      amount('cbc:TaxExclusiveAmount', document.netCents),
      amount('cbc:TaxInclusiveAmount', document.totalCents),
      amount('cbc:PayableAmount', document.totalCents),
    ]),
    ...document.lines.map((line) =>
      el(lineName, [
        el('cbc:ID', String(line.position)),
        // C62 = "one" (unit), the UN/ECE rec. 20 code for a count of installments or items.
        el(quantityName, { unitCode: 'C62' }, line.quantity),
        amount('cbc:LineExtensionAmount', line.netCents),
        el('cac:Item', [el('cbc:Name', line.description), lineTaxCategory(line)]),
        el('cac:Price', [amount('cbc:PriceAmount', line.unitPriceCents)]),
      ]),
    ),
  ]);
  return renderXml(xml);
}

/**
 * BG-16: SEPA direct debit (59) under the contract's mandate (BG-19: BT-89 mandate, BT-91 debited
 * account; BT-90 is in the seller party), or credit transfer (30) to the seller's IBAN. Both quote
 * the structured reference (BT-83), which the bank statement repeats either way.
 */
function paymentMeans(document: PrintableInvoice): XmlNode {
  const reference = document.structuredReference ? el('cbc:PaymentID', formatStructuredReference(document.structuredReference)) : null;
  if (document.directDebit) {
    const { mandateReference, debtorIban } = document.directDebit;
    return el('cac:PaymentMeans', [
      el('cbc:PaymentMeansCode', { name: 'SEPA direct debit' }, '59'),
      reference,
      el('cac:PaymentMandate', [
        el('cbc:ID', mandateReference),
        debtorIban ? el('cac:PayerFinancialAccount', [el('cbc:ID', debtorIban)]) : null,
      ]),
    ]);
  }
  return el('cac:PaymentMeans', [
    el('cbc:PaymentMeansCode', { name: 'Credit transfer' }, '30'),
    document.structuredReference ? el('cbc:PaymentID', formatStructuredReference(document.structuredReference)) : null,
    el('cac:PayeeFinancialAccount', [
      el('cbc:ID', SELLER.iban),
      el('cbc:Name', SELLER.name),
      el('cac:FinancialInstitutionBranch', [el('cbc:ID', SELLER.bic)]),
    ]),
  ]);
}
