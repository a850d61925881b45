import { formatDateTime, formatFileSize } from './date-time-and-size';

// exact strings, as a Belgian reader sees them (U+00A0 before the unit; ICU's fr grouping is U+202F).
describe('formatDateTime', () => {
  it.each([
    ['2026-11-26T13:05:00Z', 'fr-BE', '26/11/2026 14:05'],
    ['2026-11-26T13:05:00Z', 'nl-BE', '26/11/2026 14:05'],
    ['2026-11-26T13:05:00Z', 'en-BE', '26/11/2026 14:05'],
    // Summer time (UTC+2) moves the day forward.
    ['2026-07-01T22:30:00Z', 'fr-BE', '02/07/2026 00:30'],
    ['2026-07-01T22:30:00Z', 'en-BE', '02/07/2026 00:30'],
    // The night clocks go forward: 01:59 winter time, then 03:00 summer time.
    ['2026-03-29T00:59:00Z', 'nl-BE', '29/03/2026 01:59'],
    ['2026-03-29T01:00:00Z', 'nl-BE', '29/03/2026 03:00'],
    // New Year in Brussels while it is still 2026 in UTC; 24-hour clock, midnight is 00.
    ['2026-12-31T23:00:00Z', 'en-BE', '01/01/2027 00:00'],
  ] as const)('%s in %s is %s', (iso, locale, expected) => expect(formatDateTime(iso, locale)).toBe(expected));

  it('gives back what is not an instant, untouched', () => {
    expect(formatDateTime('not a date', 'fr-BE')).toBe('not a date');
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, 'fr-BE', '0\u00a0o'],
    [512, 'fr-BE', '512\u00a0o'],
    [1023, 'fr-BE', '1\u202f023\u00a0o'],
    [1024, 'fr-BE', '1\u00a0Ko'],
    [12345, 'fr-BE', '12,1\u00a0Ko'],
    [1536000, 'fr-BE', '1,5\u00a0Mo'],
    [10485760, 'fr-BE', '10\u00a0Mo'],
    [0, 'nl-BE', '0\u00a0B'],
    [1023, 'nl-BE', '1.023\u00a0B'],
    [12345, 'nl-BE', '12,1\u00a0kB'],
    [10485760, 'nl-BE', '10\u00a0MB'],
    [512, 'en-BE', '512\u00a0B'],
    [1024, 'en-BE', '1\u00a0kB'],
    [12345, 'en-BE', '12,1\u00a0kB'],
    [1536000, 'en-BE', '1,5\u00a0MB'],
    // Megabytes are the largest unit: 5 GiB stays in MB.
    [5 * 1024 ** 3, 'en-BE', '5.120\u00a0MB'],
  ] as const)('%i bytes in %s is %s', (bytes, locale, expected) => expect(formatFileSize(bytes, locale)).toBe(expected));
});
