import { createHash, createHmac, randomInt } from 'node:crypto';
import { CoreValidationError } from './core-error';

/**
 * One-time 2FA recovery codes, shown once to the customer and stored only as hashes.
 * Format 'k7m2-x9qp-4hzt': 3 groups of 4 characters from a 31-symbol alphabet without the easily
 * confused 0/o, 1/l/i. Each character is drawn uniformly with crypto.randomInt, so a code carries
 * 12 × log2(31) ≈ 59.4 bits of entropy.
 */

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // 23 letters + 8 digits = 31
const GROUPS = 3;
const GROUP_LENGTH = 4;
const MAX_COUNT = 100;
const DEFAULT_COUNT = 10;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu; // spaces and dashes, including typographic ones pasted from a PDF

function randomCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET.charAt(randomInt(ALPHABET.length));
    groups.push(group);
  }
  return groups.join('-');
}

/** `count` distinct fresh codes (a duplicate within one batch is astronomically unlikely, but cheap to exclude). */
export function generateRecoveryCodes(count: number = DEFAULT_COUNT): string[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw new CoreValidationError('RECOVERY_CODE_COUNT_INVALID', `count must be an integer in 1..${MAX_COUNT}`, 'count');
  }
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomCode());
  return [...codes];
}

/** What the customer typed, reduced to the comparable form: lower case, no spaces or dashes. */
export function normalizeRecoveryCode(input: string): string {
  return input.replace(SEPARATORS, '').toLowerCase();
}

/** SHA-256 hex of the normalized code: the input of the keyed form, and how codes were stored before it. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code), 'utf8').digest('hex');
}

const KEYED_PREFIX = 'hmac-sha256:';
const UNKEYED_HASH = /^[0-9a-f]{64}$/;

/**
 * The stored form of a recovery code: an HMAC with the server's secret key, so that a dump of the
 * database alone cannot be searched for codes (unsalted hashes would let one search all accounts at
 * once). It is taken over the SHA-256 of the code so that hashes stored before it can be keyed
 * without knowing their codes (`keyRecoveryEntry`). Like the sealed TOTP secrets, the codes depend
 * on SECRET_KEY: changing the key invalidates them.
 */
export function sealRecoveryCode(code: string, secretKey: string): string {
  return keyedForm(hashRecoveryCode(code), secretKey);
}

/** A stored entry in its keyed form: entries written before the keyed form are converted. */
export function keyRecoveryEntry(entry: string, secretKey: string): string {
  return UNKEYED_HASH.test(entry) ? keyedForm(entry, secretKey) : entry;
}

function keyedForm(sha256: string, secretKey: string): string {
  return KEYED_PREFIX + createHmac('sha256', secretKey).update(`recovery-code:${sha256}`, 'utf8').digest('hex');
}
