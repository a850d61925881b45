import { CoreValidationError } from './core-error';

/**
 * RFC 4648 §6 base32 (alphabet A–Z 2–7), the encoding of TOTP secrets in otpauth:// URIs and
 * in the "enter this key manually" text of authenticator apps.
 * Encoding is upper case without '=' padding (what authenticator apps expect). Decoding is
 * lenient on presentation only: any case, spaces (grouped display) and trailing '=' padding.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const VALUES: ReadonlyMap<string, number> = new Map(
  [...ALPHABET].flatMap((ch, i): [string, number][] => [
    [ch, i],
    [ch.toLowerCase(), i],
  ]),
);
// A final quantum of 1, 3 or 6 characters cannot come from whole bytes (RFC 4648 §6).
const IMPOSSIBLE_REMAINDERS: ReadonlySet<number> = new Set([1, 3, 6]);

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff; // never more than 12 live bits
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

export function base32Decode(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '').replace(/=+$/, '');
  const chars = [...compact];
  if (IMPOSSIBLE_REMAINDERS.has(chars.length % 8)) {
    throw new CoreValidationError('BASE32_INVALID', `Base32 text has an impossible length (${chars.length} characters)`, 'text');
  }
  const out = new Uint8Array(Math.floor((chars.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const [position, ch] of chars.entries()) {
    const value = VALUES.get(ch);
    if (value === undefined) {
      throw new CoreValidationError('BASE32_INVALID', `Invalid base32 character at position ${position}`, 'text');
    }
    buffer = ((buffer << 5) | value) & 0xfff; // never more than 12 live bits
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >>> bits) & 0xff;
    }
  }
  // Leftover bits (< 5) are the zero padding of the last quantum; RFC 4648 §3.5 lets us ignore them.
  return out;
}
