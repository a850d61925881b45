import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** Opaque random token, base64url; 32 bytes = 256 bits (ACC-5 asks for at least 128). */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** 9 random digits, never starting with 0 so it reads as a number (ACC-1: random, not sequential). */
export const randomLoginId = (): string => String(randomInt(100_000_000, 1_000_000_000));

const TEMPORARY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
/** A temporary password a person can type from an e-mail: no look-alike characters. */
export function randomTemporaryPassword(length = 14): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)];
  return out;
}

// OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password.normalize('NFC'), ARGON2_OPTIONS);

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    // Same work when there is nothing to compare with, so timing does not tell whether an id exists.
    await verify(await dummyHash(), password.normalize('NFC')).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
const dummyHash = (): Promise<string> => (dummy ??= hash(randomToken(), ARGON2_OPTIONS));

/** AES-256-GCM with a key derived from SECRET_KEY: TOTP secrets are not readable from a database dump. */
export function encryptSecret(plain: Uint8Array, secretKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

export function decryptSecret(sealed: string, secretKey: string): Uint8Array {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) throw new Error('unreadable sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return new Uint8Array(Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]));
}

const keyOf = (secretKey: string): Buffer => createHash('sha256').update(`totp:${secretKey}`).digest();
