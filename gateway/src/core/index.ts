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
