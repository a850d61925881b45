// Public surface of the pure cores: the rest of the gateway imports from here.
export * from './core-error';
export * from './iso-date';
export * from './money';
export * from './amortization-schedule';
export * from './enterprise-number';
export * from './bank-account';
export * from './structured-reference';
export * from './business-days';
export * from './postal-code';
export * from './base32';
export * from './totp';
export * from './recovery-codes';
export * from './password-policy';
export * from './brussels-time';
export * from './activation-deadline';
