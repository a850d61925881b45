import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

// RFC 4648 §10 test vectors, without the '=' padding we never emit.
const RFC_4648_VECTORS: [string, string][] = [
  ['', ''],
  ['f', 'MY'],
  ['fo', 'MZXQ'],
  ['foo', 'MZXW6'],
  ['foob', 'MZXW6YQ'],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI'],
];

describe('base32Encode', () => {
  it.each(RFC_4648_VECTORS)('%j → %j', (input, expected) => {
    expect(base32Encode(ascii(input))).toBe(expected);
  });

  it.each([
    [[0x00], 'AA'],
    [[0xff], '74'],
    [[0xff, 0xff, 0xff, 0xff, 0xff], '77777777'],
    [[0x00, 0x00, 0x00, 0x00, 0x00], 'AAAAAAAA'],
    // "12345678901234567890", the RFC 4226 / RFC 6238 test secret as authenticator apps show it.
    [[...ascii('12345678901234567890')], 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'],
  ])('%j → %s', (bytes, expected) => {
    expect(base32Encode(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('base32Decode', () => {
  it.each(RFC_4648_VECTORS)('%j ← %j', (expected, text) => {
    expect(base32Decode(text)).toEqual(ascii(expected));
  });

  it.each([
    ['MY======', 'f'], // RFC padding
    ['MZXQ====', 'fo'],
    ['MZXW6===', 'foo'],
    ['MZXW6YQ=', 'foob'],
    ['mzxw6ytboi', 'foobar'], // lower case
    ['mZxW 6yTb oI', 'foobar'], // mixed case, grouped with spaces
    ['  MZXW6YTBOI  ', 'foobar'],
    ['MZXW\t6YTB\nOI', 'foobar'], // any whitespace
    ['gezd gnbv gy3t qojq gezd gnbv gy3t qojq', '12345678901234567890'],
  ])('%j → %j', (text, expected) => {
    expect(base32Decode(text)).toEqual(ascii(expected));
  });

  it.each([
    ['MZXW1'], // '1' is not in the alphabet
    ['MZXW0'], // nor '0'
    ['MZXW8'],
    ['MZXW6YTBO!'],
    ['MZ=XW6'], // '=' only as trailing padding
    ['=MY'],
    ['MZXW-6YTB'], // dashes are not ignored
    ['MZXWÉ'],
    ['MZXWı'], // dotless i upper-cases to 'I' but is not base32
    ['M'], // impossible lengths: 1, 3 and 6 characters in the last quantum
    ['MZX'],
    ['MZXW6Y'],
    ['MZXW6YTBM'],
  ])('%j → BASE32_INVALID', (text) => {
    expect(() => base32Decode(text)).toThrowError(expect.objectContaining({ code: 'BASE32_INVALID', field: 'text' }));
  });

  it('round-trips every length 0..40 of random bytes', () => {
    for (let length = 0; length <= 40; length++) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(Math.random() * 256));
      expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    }
  });
});
