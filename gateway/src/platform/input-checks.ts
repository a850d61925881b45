import { isIsoDate } from '../core/iso-date';

/**
 * Edge checks shared by GraphQL arguments and HTTP routes (X-5, issue #11 §4). Tab, line feed and
 * carriage return stay allowed: comments and addresses have several lines.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/** Every record id is a UUID (BaseEntity); anything else cannot name a record. */
export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stands in for a malformed id: well-formed, and never a record (randomUUID makes version-4 ids only). */
export const NIL_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Dates a person may type in a filter or a statement request: real calendar dates from 1900 to
 * 2199. Year 0001 passed the calendar check and broke the date arithmetic behind it (statement.pdf).
 */
export const INPUT_DATE_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const;

export function isInputDate(value: string): boolean {
  return isIsoDate(value) && value >= INPUT_DATE_RANGE.min && value <= INPUT_DATE_RANGE.max;
}
