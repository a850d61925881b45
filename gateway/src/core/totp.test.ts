import { describe, expect, it } from 'vitest';
import { base32Decode } from './base32';
import { generateTotpSecret, hotp, otpauthUri, totp, verifyTotp } from './totp';

// The ASCII secret "12345678901234567890" of RFC 4226 Appendix D and RFC 6238 Appendix B (SHA1).
const RFC_SECRET = new TextEncoder().encode('12345678901234567890');

describe('hotp', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('RFC 4226 Appendix D: counter %i → %s', (counter, expected) => {
    expect(hotp(RFC_SECRET, counter)).toBe(expected);
    expect(hotp(RFC_SECRET, BigInt(counter))).toBe(expected);
  });

  it.each([
    [1, 8, '94287082'], // = RFC 6238 T = 59 s: the 8-digit form of the same truncated value
    [1, 7, '4287082'],
    [1, 6, '287082'],
  ])('counter %i with %i digits → %s', (counter, digits, expected) => {
    expect(hotp(RFC_SECRET, counter, digits)).toBe(expected);
  });

  // Expected values of these large counters computed with Python's hmac/struct.
  it.each([
    [2n ** 64n - 1n, '094451'],
    [BigInt(Number.MAX_SAFE_INTEGER), '891307'],
    [Number.MAX_SAFE_INTEGER, '891307'],
  ])('accepts the large counter %s → %s', (counter, expected) => {
    expect(hotp(RFC_SECRET, counter)).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53], [-1n], [2n ** 64n]])(
    'counter %s → HOTP_COUNTER_INVALID',
    (counter) => {
      expect(() => hotp(RFC_SECRET, counter)).toThrowError(expect.objectContaining({ code: 'HOTP_COUNTER_INVALID' }));
    },
  );

  it.each([[5], [11], [6.5], [0]])('digits %s → OTP_DIGITS_INVALID', (digits) => {
    expect(() => hotp(RFC_SECRET, 0, digits)).toThrowError(expect.objectContaining({ code: 'OTP_DIGITS_INVALID' }));
  });

  it.each([[0], [15]])('a %i-byte secret → OTP_SECRET_INVALID (RFC 4226 requires ≥ 128 bits)', (length) => {
    expect(() => hotp(new Uint8Array(length), 0)).toThrowError(expect.objectContaining({ code: 'OTP_SECRET_INVALID' }));
  });
});

describe('totp', () => {
  it.each([
    [59, '1970-01-01T00:00:59Z', '94287082'],
    [1111111109, '2005-03-18T01:58:29Z', '07081804'],
    [1111111111, '2005-03-18T01:58:31Z', '14050471'],
    [1234567890, '2009-02-13T23:31:30Z', '89005924'],
    [2000000000, '2033-05-18T03:33:20Z', '69279037'],
    [20000000000, '2603-10-11T11:33:20Z', '65353130'],
  ])('RFC 6238 Appendix B SHA1: T = %i s (%s) → %s', (seconds, iso, expected) => {
    const at = new Date(seconds * 1000);
    expect(at.toISOString()).toBe(iso.replace('Z', '.000Z'));
    expect(totp(RFC_SECRET, at, { digits: 8 })).toBe(expected);
  });

  it.each([
    ['2026-11-02T08:00:00.000Z', '2026-11-02T08:00:29.999Z', true], // same 30 s step
    ['2026-11-02T08:00:29.999Z', '2026-11-02T08:00:30.000Z', false], // step boundary
  ])('%s and %s share a code: %s', (a, b, same) => {
    expect(totp(RFC_SECRET, new Date(a)) === totp(RFC_SECRET, new Date(b))).toBe(same);
  });

  it('defaults to 30 s steps and 6 digits (= hotp of floor(unix / 30))', () => {
    const at = new Date('2026-11-02T08:00:10Z');
    expect(totp(RFC_SECRET, at)).toBe(hotp(RFC_SECRET, Math.floor(at.getTime() / 30_000)));
    expect(totp(RFC_SECRET, at, { stepSeconds: 60 })).toBe(hotp(RFC_SECRET, Math.floor(at.getTime() / 60_000)));
  });

  it.each([
    [new Date(Number.NaN), {}, 'TOTP_TIME_INVALID'],
    [new Date(-1), {}, 'TOTP_TIME_INVALID'],
    [new Date(0), { stepSeconds: 0 }, 'TOTP_STEP_INVALID'],
    [new Date(0), { stepSeconds: 2.5 }, 'TOTP_STEP_INVALID'],
    [new Date(0), { digits: 4 }, 'OTP_DIGITS_INVALID'],
  ])('%s %j → %s', (at, options, code) => {
    expect(() => totp(RFC_SECRET, at, options)).toThrowError(expect.objectContaining({ code }));
  });
});

describe('verifyTotp', () => {
  const now = new Date('2026-11-02T08:00:10Z');
  const T = Math.floor(now.getTime() / 30_000); // 1_793_606_410 s / 30 (checked with Python)
  const codeAt = (step: number): string => hotp(RFC_SECRET, step);

  it('T of the reference instant', () => {
    expect(T).toBe(59_786_880);
  });

  it.each([
    ['current step, default window', 0, {}, T],
    ['previous step, window 1', -1, { window: 1 }, T - 1],
    ['next step, window 1', 1, { window: 1 }, T + 1],
    ['two steps back, window 2', -2, { window: 2 }, T - 2],
    ['current step, window 0', 0, { window: 0 }, T],
  ])('accepts the %s', (_label, offset, options, step) => {
    expect(verifyTotp(RFC_SECRET, codeAt(T + offset), now, options)).toEqual({ ok: true, step });
  });

  it.each([
    ['two steps back, default window 1', -2, {}],
    ['two steps ahead, default window 1', 2, {}],
    ['previous step, window 0', -1, { window: 0 }],
    ['three steps back, window 2', -3, { window: 2 }],
  ])('refuses the %s', (_label, offset, options) => {
    expect(verifyTotp(RFC_SECRET, codeAt(T + offset), now, options)).toEqual({ ok: false });
  });

  it('returns the step so that the caller can refuse a replay of the same code', () => {
    const code = totp(RFC_SECRET, now);
    const first = verifyTotp(RFC_SECRET, code, now);
    const replay = verifyTotp(RFC_SECRET, code, new Date(now.getTime() + 20_000)); // next step, still in the window
    expect(first).toEqual({ ok: true, step: T });
    expect(replay).toEqual({ ok: true, step: T }); // same step → the caller's "step > lastUsedStep" check rejects it
  });

  it('honours stepSeconds', () => {
    const T60 = Math.floor(now.getTime() / 60_000);
    expect(verifyTotp(RFC_SECRET, hotp(RFC_SECRET, T60 - 1), now, { stepSeconds: 60 })).toEqual({ ok: true, step: T60 - 1 });
  });

  it('never looks at negative steps near the epoch', () => {
    expect(verifyTotp(RFC_SECRET, '755224', new Date(10_000))).toEqual({ ok: true, step: 0 });
    expect(verifyTotp(RFC_SECRET, '287082', new Date(10_000))).toEqual({ ok: true, step: 1 });
  });

  it.each([
    ['12345'], // 5 digits
    ['1234567'], // 7 digits
    [''],
    ['abcdef'],
    ['12345a'],
    ['123 456'],
    ['-12345'],
    ['١٢٣٤٥٦'], // Arabic-Indic digits are \p{Nd} but not what we ask for
    ['１２３４５６'], // full-width digits
  ])('refuses the malformed code %j', (code) => {
    expect(verifyTotp(RFC_SECRET, code, now, { window: 10 })).toEqual({ ok: false });
  });

  it.each([
    ['5 digits (correct code minus its first digit)', (c: string) => c.slice(1)],
    ['8-digit form of the correct code', () => hotp(RFC_SECRET, T, 8)],
    ['trailing newline', (c: string) => `${c}\n`],
    ['leading space', (c: string) => ` ${c}`],
  ])('refuses the correct code with %s', (_label, mangle) => {
    const good = codeAt(T);
    expect(verifyTotp(RFC_SECRET, good, now)).toEqual({ ok: true, step: T });
    expect(verifyTotp(RFC_SECRET, mangle(good), now)).toEqual({ ok: false });
  });

  it.each([
    [{ window: -1 }, 'TOTP_WINDOW_INVALID'],
    [{ window: 11 }, 'TOTP_WINDOW_INVALID'],
    [{ window: 1.5 }, 'TOTP_WINDOW_INVALID'],
    [{ stepSeconds: 0 }, 'TOTP_STEP_INVALID'],
  ])('%j → %s', (options, code) => {
    expect(() => verifyTotp(RFC_SECRET, '123456', now, options)).toThrowError(expect.objectContaining({ code }));
  });
});

describe('generateTotpSecret', () => {
  it('returns 20 fresh random bytes', () => {
    const a = generateTotpSecret();
    const b = generateTotpSecret();
    expect(a).toBeInstanceOf(Uint8Array);
    expect(a).toHaveLength(20);
    expect(a).not.toEqual(b);
    expect(verifyTotp(a, totp(a, new Date()), new Date())).toMatchObject({ ok: true });
  });
});

describe('otpauthUri', () => {
  it.each([
    [
      'Customer Corner',
      'jan.peeters@example.be',
      'otpauth://totp/Customer%20Corner:jan.peeters%40example.be?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' +
        '&issuer=Customer%20Corner&algorithm=SHA1&digits=6&period=30',
    ],
    [
      'Crédit & Lease (BE)',
      "élodie.o'brien+2fa@example.be",
      'otpauth://totp/Cr%C3%A9dit%20%26%20Lease%20%28BE%29:%C3%A9lodie.o%27brien%2B2fa%40example.be' +
        '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Cr%C3%A9dit%20%26%20Lease%20%28BE%29&algorithm=SHA1&digits=6&period=30',
    ],
    [
      'Customer Corner',
      '123456789',
      'otpauth://totp/Customer%20Corner:123456789?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' +
        '&issuer=Customer%20Corner&algorithm=SHA1&digits=6&period=30',
    ],
  ])('%s / %s', (issuer, accountName, expected) => {
    const uri = otpauthUri({ secret: RFC_SECRET, issuer, accountName });
    expect(uri).toBe(expected);
    // What an authenticator app decodes back.
    const url = new URL(uri);
    expect([url.protocol, url.host, decodeURIComponent(url.pathname)]).toEqual(['otpauth:', 'totp', `/${issuer}:${accountName}`]);
    expect(url.searchParams.get('issuer')).toBe(issuer);
    expect(base32Decode(url.searchParams.get('secret') ?? '')).toEqual(RFC_SECRET);
  });

  it.each([
    [{ issuer: 'Customer:Corner', accountName: 'jan' }, 'issuer'],
    [{ issuer: 'Customer Corner', accountName: 'jan:peeters' }, 'accountName'],
    [{ issuer: ' ', accountName: 'jan' }, 'issuer'],
    [{ issuer: 'Customer Corner', accountName: '' }, 'accountName'],
  ])('%j → OTPAUTH_LABEL_INVALID on %s', (input, field) => {
    expect(() => otpauthUri({ secret: RFC_SECRET, ...input })).toThrowError(
      expect.objectContaining({ code: 'OTPAUTH_LABEL_INVALID', field }),
    );
  });

  it('refuses a too short secret', () => {
    expect(() => otpauthUri({ secret: new Uint8Array(10), issuer: 'Customer Corner', accountName: 'jan' })).toThrowError(
      expect.objectContaining({ code: 'OTP_SECRET_INVALID' }),
    );
  });
});
