import { describe, expect, it } from 'vitest';
import { sqlValue } from './sql-reader';

describe('column values from SQLite and PostgreSQL (sqlValue)', () => {
  it.each([
    [1795701918809, '2026-11-26T14:05:18.809Z'],
    ['1795701918809', '2026-11-26T14:05:18.809Z'],
    ['2026-11-26 14:19:14.827273+00', '2026-11-26T14:19:14.827Z'],
    ['2026-11-26 15:19:14+01', '2026-11-26T14:19:14.000Z'],
    [new Date('2026-11-26T10:00:00.000Z'), '2026-11-26T10:00:00.000Z'],
  ])('reads the datetime %j as %s', (value, iso) => {
    expect(sqlValue.date(value)?.toISOString()).toBe(iso);
  });

  it('keeps null, and refuses what is not a date', () => {
    expect(sqlValue.date(null)).toBeNull();
    expect(() => sqlValue.date('yesterday')).toThrow('Not a date from the database: yesterday');
  });

  it.each([
    [1, true],
    [0, false],
    [true, true],
    [false, false],
  ])('reads the boolean %j as %s', (value, expected) => {
    expect(sqlValue.boolean(value)).toBe(expected);
  });

  it.each([
    ['123456789012', 123456789012],
    [42, 42],
  ])('reads the bigint %j as the number %d', (value, expected) => {
    expect(sqlValue.integer(value)).toBe(expected);
  });
});
