import { describe, expect, it } from 'vitest';
import { temporaryPasswordDeadline } from './activation-deadline';
import { belgianBusinessDaysBetween } from './business-days';

/*
 * Each row counted by hand: business days strictly after the Brussels issue day, skipping weekends
 * and the legal holidays (2026: Nov 1 Sun, Nov 11 Wed, Dec 25 Fri; 2027: Jan 1 Fri, Easter Monday
 * Mar 29). Reminder = 6th business day, last valid day = 8th. Expiry = 23:59:59.999 Brussels:
 * 22:59:59.999Z in CET, 21:59:59.999Z in CEST (2026-03-29 → 2026-10-25, from 2027-03-28).
 *
 * A Mon 2026-11-02 09:00 CET: Nov 3 (1), 4 (2), 5 (3), 6 (4), 9 (5), 10 (6, reminder), 11 holiday,
 *   12 (7), 13 (8) → last valid day Fri 2026-11-13.
 * B Fri 2026-11-06 21:30 CET: Nov 9 (1), 10 (2), 11 holiday, 12 (3), 13 (4), 16 (5), 17 (6, reminder),
 *   18 (7), 19 (8) → Thu 2026-11-19.
 * C Fri 2026-11-06 23:30Z = Sat 00:30 CET: issued on Saturday; same count as B → Thu 2026-11-19.
 * D Sun 2026-11-08 23:30Z = Mon 2026-11-09 00:30 CET: issue day is MONDAY in Brussels: Nov 10 (1),
 *   11 holiday, 12 (2), 13 (3), 16 (4), 17 (5), 18 (6, reminder), 19 (7), 20 (8) → Fri 2026-11-20
 *   (counting from the UTC date, Sunday the 8th, would wrongly give the 19th).
 * E Sat 2026-06-13 10:00 CEST: Jun 15 (1), 16 (2), 17 (3), 18 (4), 19 (5), 22 (6, reminder), 23 (7),
 *   24 (8) → Wed 2026-06-24, expiry in summer time.
 * F Wed 2026-12-23 14:00 CET: Dec 24 (1), 25 holiday, 28 (2), 29 (3), 30 (4), 31 (5), Jan 1 holiday,
 *   Jan 4 (6, reminder), 5 (7), 6 (8) → Wed 2027-01-06 (Epiphany is not a holiday).
 * G Fri 2026-12-25 11:00 CET (Christmas, a holiday): Dec 28 (1), 29 (2), 30 (3), 31 (4), Jan 1 holiday,
 *   Jan 4 (5), 5 (6, reminder), 6 (7), 7 (8) → Thu 2027-01-07.
 * H Wed 2027-03-24 10:00 CET: Mar 25 (1), 26 (2), 29 Easter Monday, 30 (3), 31 (4), Apr 1 (5),
 *   Apr 2 (6, reminder), 5 (7), 6 (8) → Tue 2027-04-06; issued in CET, expires in CEST.
 * I Wed 2026-11-11 10:00 CET (Armistice): Nov 12 (1), 13 (2), 16 (3), 17 (4), 18 (5), 19 (6, reminder),
 *   20 (7), 23 (8) → Mon 2026-11-23.
 * J Thu 2026-10-22 16:00 CEST (issued in summer time): Oct 23 (1), 26 (2), 27 (3), 28 (4), 29 (5),
 *   30 (6, reminder), Nov 1 Sunday holiday, Nov 2 (7), 3 (8) → Tue 2026-11-03, expiry in winter time.
 * K Fri 2026-03-27 08:00 CET (weekend of the DST start): Mar 30 (1), 31 (2), Apr 1 (3), 2 (4), 3 (5),
 *   Apr 6 Easter Monday 2026, Apr 7 (6, reminder), 8 (7), 9 (8) → Thu 2026-04-09.
 */
describe('temporaryPasswordDeadline', () => {
  it.each([
    ['A Monday morning, Armistice in between', '2026-11-02T08:00:00.000Z', '2026-11-13', '2026-11-10', '2026-11-13T22:59:59.999Z'],
    ['B Friday evening', '2026-11-06T20:30:00.000Z', '2026-11-19', '2026-11-17', '2026-11-19T22:59:59.999Z'],
    ['C Friday 23:30 UTC = Saturday in Brussels', '2026-11-06T23:30:00.000Z', '2026-11-19', '2026-11-17', '2026-11-19T22:59:59.999Z'],
    ['D Sunday 23:30 UTC = Monday in Brussels', '2026-11-08T23:30:00.000Z', '2026-11-20', '2026-11-18', '2026-11-20T22:59:59.999Z'],
    ['E Saturday, summer time', '2026-06-13T08:00:00.000Z', '2026-06-24', '2026-06-22', '2026-06-24T21:59:59.999Z'],
    ['F across Christmas and New Year', '2026-12-23T13:00:00.000Z', '2027-01-06', '2027-01-04', '2027-01-06T22:59:59.999Z'],
    ['G on Christmas Day', '2026-12-25T10:00:00.000Z', '2027-01-07', '2027-01-05', '2027-01-07T22:59:59.999Z'],
    ['H across Easter Monday 2027 and the DST start', '2027-03-24T09:00:00.000Z', '2027-04-06', '2027-04-02', '2027-04-06T21:59:59.999Z'],
    ['I on Armistice Day', '2026-11-11T09:00:00.000Z', '2026-11-23', '2026-11-19', '2026-11-23T22:59:59.999Z'],
    ['J in summer time, expiring in winter time', '2026-10-22T14:00:00.000Z', '2026-11-03', '2026-10-30', '2026-11-03T22:59:59.999Z'],
    [
      'K just before the DST start, across Easter Monday 2026',
      '2026-03-27T07:00:00.000Z',
      '2026-04-09',
      '2026-04-07',
      '2026-04-09T21:59:59.999Z',
    ],
  ])('%s (%s) → last valid day %s, reminder %s, expires %s', (_label, issuedAt, lastValidDay, reminderDay, expiresAt) => {
    const deadline = temporaryPasswordDeadline(new Date(issuedAt));
    expect({ ...deadline, expiresAt: deadline.expiresAt.toISOString() }).toEqual({ expiresAt, lastValidDay, reminderDay });
    // The reminder is always exactly 2 business days before the last valid day.
    expect(belgianBusinessDaysBetween(reminderDay, lastValidDay)).toBe(2);
  });

  it('the whole Brussels issue day gives the same deadline (00:00 and 23:59:59.999 CET)', () => {
    const first = temporaryPasswordDeadline(new Date('2026-11-01T23:00:00.000Z'));
    const last = temporaryPasswordDeadline(new Date('2026-11-02T22:59:59.999Z'));
    expect(first).toEqual(last);
    expect(first.lastValidDay).toBe('2026-11-13');
    expect(temporaryPasswordDeadline(new Date('2026-11-02T23:00:00.000Z')).lastValidDay).toBe('2026-11-16');
  });

  it('rejects an invalid Date', () => {
    expect(() => temporaryPasswordDeadline(new Date(Number.NaN))).toThrowError(
      expect.objectContaining({ code: 'DATE_INVALID', field: 'issuedAt' }),
    );
  });
});
