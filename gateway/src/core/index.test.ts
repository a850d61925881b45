import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('index re-exports', () => {
  it.each([
    'CoreValidationError',
    'isIsoDate',
    'addMonthsIso',
    'addDaysIso',
    'compareIso',
    'daysBetweenIso',
    'todayIso',
    'dayOfWeekIso',
    'MoneyDecimal',
    'parseAmountToCents',
    'centsToDecimalString',
    'percentOfCents',
    'roundHalfUpToCents',
    'sumCents',
    'parsePercent',
    'periodsPerYear',
    'regularInstallmentCents',
    'computeAmortizationSchedule',
    'normalizeEnterpriseNumber',
    'isValidEnterpriseNumber',
    'formatEnterpriseNumber',
    'vatNumberFromEnterpriseNumber',
    'validateIban',
    'formatIban',
    'maskIban',
    'validateBic',
    'bicCountryMatchesIban',
    'structuredReferenceFromBase',
    'parseStructuredReference',
    'formatStructuredReference',
    'isValidStructuredReference',
    'isBelgianPublicHoliday',
    'belgianPublicHolidays',
    'isBelgianBusinessDay',
    'addBelgianBusinessDays',
    'belgianBusinessDaysBetween',
    'isBelgianPostalCode',
    'isPostalCodeForCountry',
    'base32Encode',
    'base32Decode',
    'hotp',
    'totp',
    'verifyTotp',
    'generateTotpSecret',
    'otpauthUri',
    'generateRecoveryCodes',
    'normalizeRecoveryCode',
    'hashRecoveryCode',
    'sealRecoveryCode',
    'keyRecoveryEntry',
    'passwordProblems',
    'PASSWORD_MIN_LENGTH',
    'PASSWORD_MAX_LENGTH',
    'brusselsDateOf',
    'startOfBrusselsDay',
    'endOfBrusselsDay',
    'temporaryPasswordDeadline',
    'TEMPORARY_PASSWORD_VALID_BUSINESS_DAYS',
    'TEMPORARY_PASSWORD_REMINDER_BUSINESS_DAYS',
  ])('exports %s', (name) => {
    expect(core).toHaveProperty(name);
  });
});

describe('CoreValidationError', () => {
  it.each([
    ['AMOUNT_INVALID', 'bad amount', 'amount'],
    ['SCHEDULE_PERIODS_INVALID', 'bad periods', undefined],
  ])('%s keeps code, message and field', (code, message, field) => {
    const error = new core.CoreValidationError(code, message, field);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(core.CoreValidationError);
    expect(error.name).toBe('CoreValidationError');
    expect([error.code, error.message, error.field]).toEqual([code, message, field]);
  });
});
