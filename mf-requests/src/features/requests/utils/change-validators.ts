// REQ-1: the checks the gateway makes (gateway/src/core and request-payloads.ts), repeated here so
// the form answers before a round trip. The gateway stays the judge: it checks again on submit.

export type IbanProblem = 'IBAN_FORMAT' | 'IBAN_COUNTRY' | 'IBAN_LENGTH' | 'IBAN_CHECKSUM';

/** IBAN length per country (ISO 13616 registry, the list the gateway's IBAN library knows). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AO25 AT20 AX18 AZ28 BA20 BE16 BF28 BG22 BH22 BI27 BJ28 BL27 BR29 BY28 CF27 CG27 CH21 CI28 CM27 CR22 CV25 ' +
    'CY28 CZ24 DE22 DJ27 DK18 DO28 DZ26 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GA27 GB22 GE22 GF27 GI23 GL18 GP27 GQ27 GR27 GT28 ' +
    'GW25 HN28 HR21 HU28 IE22 IL23 IQ23 IR26 IS26 IT27 JO30 KM27 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MA28 MC27 MD24 ' +
    'ME22 MF27 MG27 MK19 ML28 MN20 MQ27 MR27 MT31 MU30 MZ25 NC27 NE28 NI28 NL18 NO15 OM23 PF27 PK24 PL28 PM27 PS29 PT25 QA29 ' +
    'RE27 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SN28 SO23 ST25 SV28 TD27 TF27 TG28 TL23 TN24 TR26 UA29 VA22 VG24 ' +
    'WF27 XK20 YE30 YT27'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** Spaces removed, upper case: the electronic form people do not type. */
export function electronicForm(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** ISO 7064 mod 97-10 on a string of digits and letters (A=10 … Z=35), digit by digit: no big numbers. */
function mod97(text: string): number {
  let rest = 0;
  for (const char of text) {
    const value = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

/** The first failing check, in the gateway's order: shape, country, length, checksums; null when valid. */
export function ibanProblem(input: string): IbanProblem | null {
  const iban = electronicForm(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) return 'IBAN_FORMAT';
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined) return 'IBAN_COUNTRY';
  if (iban.length !== length) return 'IBAN_LENGTH';
  if (iban.startsWith('BE')) {
    // Belgian account numbers carry their own mod-97 key: the last 2 digits (97 when the rest is 0).
    if (!/^\d{12}$/.test(iban.slice(4))) return 'IBAN_FORMAT';
    const key = Number(iban.slice(14));
    const rest = Number(iban.slice(4, 14)) % 97;
    if ((rest === 0 ? 97 : rest) !== key) return 'IBAN_CHECKSUM';
  }
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1 ? null : 'IBAN_CHECKSUM';
}

/** 8 or 11 characters: bank (4 letters), country (2 letters), location (2), optional branch (3). */
export function isValidBic(input: string): boolean {
  return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(electronicForm(input));
}

/** The BIC's country (characters 5–6) must be the IBAN's. */
export function bicMatchesIbanCountry(bic: string, iban: string): boolean {
  return electronicForm(bic).slice(4, 6) === electronicForm(iban).slice(0, 2);
}

// The enterprise-number check lives in the kit, shared with the shell's registration form (issue #19 §5).
export { formatEnterpriseNumber, normalizeEnterpriseNumber } from '@customer-corner/ui/enterprise-number';

/** Postal code of a country: Belgium 1000–9999, the Netherlands 1234 AB, France/Germany 5 digits, Luxembourg (L-)1234, elsewhere 1–10 characters. */
export function isPostalCodeForCountry(country: string, code: string): boolean {
  const c = country.trim().toUpperCase();
  const value = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return false;
  switch (c) {
    case 'BE':
      return /^[1-9]\d{3}$/.test(value);
    case 'NL':
      return /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/.test(value);
    case 'FR':
    case 'DE':
      return /^\d{5}$/.test(value);
    case 'LU':
      return /^(?:L-)?\d{4}$/.test(value);
    default:
      return value.length > 0 && value.length <= 10;
  }
}
