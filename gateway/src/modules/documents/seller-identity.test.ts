import { describe, expect, it } from 'vitest';
import { isValidEnterpriseNumber, vatNumberFromEnterpriseNumber } from '../../core/enterprise-number';
import { validateBic, bicCountryMatchesIban, validateIban } from '../../core/bank-account';
import { isBelgianPostalCode } from '../../core/postal-code';
import { creditorIdentifierOf, isValidCreditorIdentifier } from '../../core/sepa-creditor-identifier';
import { SELLER } from './seller-identity';
import { escapeXml, el, renderXml } from './xml-builder';

describe('the seller printed on every document (DOC-3)', () => {
  it('has a valid enterprise number, the VAT number made of it, and a valid Belgian account', () => {
    expect(isValidEnterpriseNumber(SELLER.enterpriseNumber)).toBe(true);
    expect(SELLER.vatNumber).toBe(vatNumberFromEnterpriseNumber(SELLER.enterpriseNumber));
    expect(validateIban(SELLER.iban)).toEqual({ ok: true, iban: SELLER.iban });
    expect(validateBic(SELLER.bic)).toBe(true);
    expect(bicCountryMatchesIban(SELLER.bic, SELLER.iban)).toBe(true);
    expect(isBelgianPostalCode(SELLER.address.postalCode)).toBe(true);
  });

  it('collects direct debits under the SEPA creditor identifier made of its enterprise number (issue #12 §1)', () => {
    expect(SELLER.sepaCreditorId).toBe(creditorIdentifierOf('BE', SELLER.enterpriseNumber));
    expect(isValidCreditorIdentifier(SELLER.sepaCreditorId)).toBe(true);
  });
});

describe('XML builder (DOC-6)', () => {
  it('escapes text and attributes and drops characters XML cannot carry', () => {
    expect(escapeXml(`Fish & "Chips" <Ltd> l'atelier\u0001`)).toBe('Fish &amp; &quot;Chips&quot; &lt;Ltd&gt; l&apos;atelier');
    expect(renderXml(el('a', { b: '<"x">' }, [el('c', 'd & e'), null, el('f')]))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a b="&lt;&quot;x&quot;&gt;">\n  <c>d &amp; e</c>\n  <f/>\n</a>\n',
    );
  });
});
