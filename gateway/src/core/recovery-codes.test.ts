import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, hashRecoveryCode, keyRecoveryEntry, normalizeRecoveryCode, sealRecoveryCode } from './recovery-codes';

// 31 symbols: a–z without i, l, o; 2–9.
const CODE_FORMAT = /^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/;
// printf 'k7m2x9qp4hzt' | sha256sum
const K7M2_HASH = 'a04936cb9811033b9d367c1e8e23effd6ddf533a018ea2705761f0b9e946c6ce';

describe('generateRecoveryCodes', () => {
  it.each([
    [undefined, 10],
    [1, 1],
    [10, 10],
    [16, 16],
    [100, 100],
  ])('count %s → %i codes in the k7m2-x9qp-4hzt format', (count, expected) => {
    const codes = generateRecoveryCodes(count);
    expect(codes).toHaveLength(expected);
    for (const code of codes) expect(code).toMatch(CODE_FORMAT);
    expect(new Set(codes).size).toBe(expected);
  });

  it('1000 codes are all distinct, use the whole alphabet and never an ambiguous character', () => {
    const codes = Array.from({ length: 10 }, () => generateRecoveryCodes(100)).flat();
    expect(new Set(codes).size).toBe(1000);
    const used = new Set(codes.join('').replaceAll('-', ''));
    expect([...used].sort().join('')).toBe('23456789abcdefghjkmnpqrstuvwxyz');
    for (const ambiguous of ['0', 'o', '1', 'l', 'i']) expect(used.has(ambiguous)).toBe(false);
  });

  it('a generated code survives normalization unchanged except for its dashes', () => {
    const [code = ''] = generateRecoveryCodes(1);
    expect(normalizeRecoveryCode(code)).toBe(code.replaceAll('-', ''));
    expect(normalizeRecoveryCode(code.toUpperCase())).toBe(code.replaceAll('-', ''));
  });

  it.each([[0], [-1], [101], [2.5], [Number.NaN]])('count %s → RECOVERY_CODE_COUNT_INVALID', (count) => {
    expect(() => generateRecoveryCodes(count)).toThrowError(
      expect.objectContaining({ code: 'RECOVERY_CODE_COUNT_INVALID', field: 'count' }),
    );
  });
});

describe('normalizeRecoveryCode', () => {
  it.each([
    ['k7m2-x9qp-4hzt', 'k7m2x9qp4hzt'],
    ['K7M2-X9QP-4HZT', 'k7m2x9qp4hzt'],
    ['k7m2x9qp4hzt', 'k7m2x9qp4hzt'],
    ['  k7m2 x9qp 4hzt  ', 'k7m2x9qp4hzt'],
    ['k7m2 - x9qp - 4hzt', 'k7m2x9qp4hzt'],
    ['k7m2--x9qp--4hzt', 'k7m2x9qp4hzt'],
    ['k7m2\tx9qp\n4hzt', 'k7m2x9qp4hzt'],
    ['k7m2\u2013x9qp\u20144hzt', 'k7m2x9qp4hzt'], // en dash, em dash (copied from a PDF)
    ['k7m2\u2010x9qp\u22124hzt', 'k7m2x9qp4hzt'], // Unicode hyphen, minus sign
    ['k7m2\u00a0x9qp\u00a04hzt', 'k7m2x9qp4hzt'], // no-break spaces
    ['K7m2-x9Qp-4hZt', 'k7m2x9qp4hzt'],
    ['k7m2_x9qp_4hzt', 'k7m2_x9qp_4hzt'], // other separators are kept: the hash then simply won't match
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeRecoveryCode(input)).toBe(expected);
  });
});

describe('hashRecoveryCode', () => {
  it.each([['k7m2-x9qp-4hzt'], ['K7M2-X9QP-4HZT'], ['k7m2x9qp4hzt'], [' k7m2 x9qp 4hzt '], ['k7m2\u2013x9qp\u20134hzt']])(
    '%j → sha256 of k7m2x9qp4hzt',
    (input) => {
      expect(hashRecoveryCode(input)).toBe(K7M2_HASH);
    },
  );

  it.each([['k7m2-x9qp-4hzu'], ['k7m2-x9qp'], ['']])('%j hashes differently', (input) => {
    expect(hashRecoveryCode(input)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(input)).not.toBe(K7M2_HASH);
  });
});

describe('sealRecoveryCode (#14 §5)', () => {
  const KEY = 'test-secret-key-0123456789abcdef0123456789';
  it('is a keyed HMAC: not the SHA-256, different under another key, the same for every typing of a code', () => {
    const sealed = sealRecoveryCode('k7m2-x9qp-4hzt', KEY);
    expect(sealed).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(sealed).not.toContain(K7M2_HASH);
    expect(sealRecoveryCode('K7M2 X9QP 4HZT', KEY)).toBe(sealed);
    expect(sealRecoveryCode('k7m2-x9qp-4hzt', `${KEY}x`)).not.toBe(sealed);
    expect(sealRecoveryCode('k7m2-x9qp-4hzu', KEY)).not.toBe(sealed);
  });

  it('keys an entry stored as plain SHA-256 into the same value, and leaves keyed entries alone', () => {
    const sealed = sealRecoveryCode('k7m2-x9qp-4hzt', KEY);
    expect(keyRecoveryEntry(K7M2_HASH, KEY)).toBe(sealed);
    expect(keyRecoveryEntry(sealed, KEY)).toBe(sealed);
  });
});
