import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Encode } from './base32';
import { CoreValidationError } from './core-error';

/**
 * HOTP (RFC 4226) and TOTP (RFC 6238) with HMAC-SHA1: the only algorithm every authenticator
 * app supports, and the one the otpauth:// URI below announces.
 */

// RFC 4226 §4 R6: the shared secret MUST be at least 128 bits; we generate 160 (its recommendation).
const MIN_SECRET_BYTES = 16;
const SECRET_BYTES = 20;
const MIN_DIGITS = 6; // RFC 4226 §5.3
const MAX_DIGITS = 10; // the dynamic binary code is 31 bits: at most 10 decimal digits
const MAX_COUNTER = 2n ** 64n - 1n; // the counter is an 8-byte unsigned integer
const MAX_WINDOW = 10;
const DEFAULT_DIGITS = 6;
const DEFAULT_STEP_SECONDS = 30;
const DEFAULT_WINDOW = 1;
const SIX_DIGITS = /^[0-9]{6}$/;

export interface TotpOptions {
  stepSeconds?: number;
  digits?: number;
}

export interface VerifyTotpOptions {
  window?: number;
  stepSeconds?: number;
}

export type TotpVerification = { ok: true; step: number } | { ok: false };

export interface OtpauthUriInput {
  secret: Uint8Array;
  accountName: string;
  issuer: string;
}

function requireSecret(secret: Uint8Array): void {
  if (!(secret instanceof Uint8Array) || secret.length < MIN_SECRET_BYTES) {
    throw new CoreValidationError('OTP_SECRET_INVALID', `The OTP secret must have at least ${MIN_SECRET_BYTES} bytes`, 'secret');
  }
}

function requireDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < MIN_DIGITS || digits > MAX_DIGITS) {
    throw new CoreValidationError('OTP_DIGITS_INVALID', `digits must be an integer in ${MIN_DIGITS}..${MAX_DIGITS}`, 'digits');
  }
}

function toCounter(counter: number | bigint): bigint {
  if (typeof counter === 'bigint' && counter >= 0n && counter <= MAX_COUNTER) return counter;
  if (typeof counter === 'number' && Number.isSafeInteger(counter) && counter >= 0) return BigInt(counter);
  throw new CoreValidationError('HOTP_COUNTER_INVALID', 'The HOTP counter must be an integer in 0..2^64−1', 'counter');
}

/** The RFC 6238 time step T = floor(unix seconds / step) of `at`. */
function timeStep(at: Date, stepSeconds: number): number {
  if (!Number.isInteger(stepSeconds) || stepSeconds < 1) {
    throw new CoreValidationError('TOTP_STEP_INVALID', 'stepSeconds must be a positive integer', 'stepSeconds');
  }
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms) || ms < 0) {
    throw new CoreValidationError('TOTP_TIME_INVALID', 'The TOTP time must be a valid instant not before 1970', 'at');
  }
  return Math.floor(ms / (stepSeconds * 1000));
}

export function hotp(secret: Uint8Array, counter: number | bigint, digits: number = DEFAULT_DIGITS): string {
  requireSecret(secret);
  requireDigits(digits);
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(toCounter(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  // RFC 4226 §5.3 dynamic truncation.
  const offset = mac.readUInt8(mac.length - 1) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function totp(secret: Uint8Array, at: Date, options: TotpOptions = {}): string {
  const { stepSeconds = DEFAULT_STEP_SECONDS, digits = DEFAULT_DIGITS } = options;
  return hotp(secret, timeStep(at, stepSeconds), digits);
}

/**
 * Checks a 6-digit code against the time steps T−window … T+window around `at` (clock drift of
 * the phone). On success returns the matched step: the caller MUST store it and refuse any later
 * code whose step is ≤ the stored one (RFC 6238 §5.2: a code may be used only once).
 * Every candidate step is computed and compared in constant time, so the response time does not
 * tell which step (or how many digits) matched.
 */
export function verifyTotp(secret: Uint8Array, code: string, at: Date, options: VerifyTotpOptions = {}): TotpVerification {
  const { window = DEFAULT_WINDOW, stepSeconds = DEFAULT_STEP_SECONDS } = options;
  requireSecret(secret);
  if (!Number.isInteger(window) || window < 0 || window > MAX_WINDOW) {
    throw new CoreValidationError('TOTP_WINDOW_INVALID', `window must be an integer in 0..${MAX_WINDOW}`, 'window');
  }
  const current = timeStep(at, stepSeconds);
  if (typeof code !== 'string' || !SIX_DIGITS.test(code)) return { ok: false };
  const given = Buffer.from(code, 'ascii');
  // Nearest steps first, so a (1-in-a-million) double match reports the most plausible step.
  const offsets = [0];
  for (let k = 1; k <= window; k++) offsets.push(-k, k);
  let matched: number | undefined;
  for (const offset of offsets) {
    const step = current + offset;
    if (step < 0) continue;
    const same = timingSafeEqual(Buffer.from(hotp(secret, step, 6), 'ascii'), given);
    if (same && matched === undefined) matched = step;
  }
  return matched === undefined ? { ok: false } : { ok: true, step: matched };
}

/** A fresh 160-bit secret (RFC 4226 §4 R6 recommendation) from the CSPRNG. */
export function generateTotpSecret(): Uint8Array {
  return new Uint8Array(randomBytes(SECRET_BYTES));
}

// RFC 3986 percent-encoding: encodeURIComponent leaves !'()* alone, which are reserved sub-delims.
function encodeRfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function requireLabelPart(value: string, field: string): void {
  // Key URI format: neither issuer nor account name may contain a colon (the label separator).
  if (typeof value !== 'string' || value.trim() === '' || value.includes(':')) {
    throw new CoreValidationError('OTPAUTH_LABEL_INVALID', `${field} must be non-empty and must not contain ':'`, field);
  }
}

/**
 * The otpauth:// URI of the enrolment QR code (Google Authenticator "Key Uri Format"). The issuer
 * appears both as label prefix (old apps) and as parameter (current apps); both are
 * percent-encoded (%20 for spaces, never '+').
 */
export function otpauthUri({ secret, accountName, issuer }: OtpauthUriInput): string {
  requireSecret(secret);
  requireLabelPart(issuer, 'issuer');
  requireLabelPart(accountName, 'accountName');
  const label = `${encodeRfc3986(issuer)}:${encodeRfc3986(accountName)}`;
  const query = [
    `secret=${base32Encode(secret)}`,
    `issuer=${encodeRfc3986(issuer)}`,
    'algorithm=SHA1',
    `digits=${DEFAULT_DIGITS}`,
    `period=${DEFAULT_STEP_SECONDS}`,
  ].join('&');
  return `otpauth://totp/${label}?${query}`;
}
