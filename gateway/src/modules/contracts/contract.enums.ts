import { registerEnumType } from 'type-graphql';

export enum ContractKind {
  LEASING = 'LEASING',
  CREDIT_LINE = 'CREDIT_LINE',
  RENTAL = 'RENTAL',
}

export enum ContractStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  TERMINATED = 'TERMINATED',
}

export enum Periodicity {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  SEMI_ANNUAL = 'SEMI_ANNUAL',
  ANNUAL = 'ANNUAL',
}

export enum PaymentTiming {
  IN_ADVANCE = 'IN_ADVANCE',
  IN_ARREARS = 'IN_ARREARS',
}

export enum PaymentMethod {
  SEPA_DIRECT_DEBIT = 'SEPA_DIRECT_DEBIT',
  BANK_TRANSFER = 'BANK_TRANSFER',
}

export enum InstallmentStatus {
  PAID = 'PAID',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
}

export enum ContractSortField {
  NUMBER = 'NUMBER',
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  PERIODIC_AMOUNT = 'PERIODIC_AMOUNT',
}

registerEnumType(ContractKind, {
  name: 'ContractKind',
  description: 'Kind of contract.',
  valuesConfig: {
    LEASING: { description: 'Financial leasing: installments bear VAT, a purchase option ends the contract.' },
    CREDIT_LINE: { description: 'Credit line (loan) financing equipment; no VAT on installments.' },
    RENTAL: { description: 'Operating rental: no amortization table.' },
  },
});
registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: 'Life-cycle status of a contract.',
  valuesConfig: {
    PENDING: { description: 'Signed but not yet activated: its amortization table is provisional.' },
    ACTIVE: { description: 'Running: its amortization table is definitive.' },
    ENDED: { description: 'Reached its end date.' },
    TERMINATED: { description: 'Ended early.' },
  },
});
registerEnumType(Periodicity, {
  name: 'Periodicity',
  description: 'How often an installment falls due.',
  valuesConfig: {
    MONTHLY: { description: 'Every month.' },
    QUARTERLY: { description: 'Every three months.' },
    SEMI_ANNUAL: { description: 'Every six months.' },
    ANNUAL: { description: 'Every year.' },
  },
});
registerEnumType(PaymentTiming, {
  name: 'PaymentTiming',
  description: 'Whether installments are paid at the start or the end of each period.',
  valuesConfig: {
    IN_ADVANCE: { description: 'At the start of each period.' },
    IN_ARREARS: { description: 'At the end of each period.' },
  },
});
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How installments are paid.',
  valuesConfig: {
    SEPA_DIRECT_DEBIT: { description: 'SEPA direct debit under a mandate.' },
    BANK_TRANSFER: { description: 'Bank transfer with the structured payment reference.' },
  },
});
registerEnumType(InstallmentStatus, {
  name: 'InstallmentStatus',
  description: 'Payment status of an installment on a given day.',
  valuesConfig: {
    PAID: { description: 'Paid.' },
    DUE: { description: 'Not yet paid, due date not yet passed.' },
    OVERDUE: { description: 'Not paid and the due date has passed.' },
  },
});
registerEnumType(ContractSortField, {
  name: 'ContractSortField',
  description: 'Field to sort contracts by.',
  valuesConfig: {
    NUMBER: { description: 'Contract number.' },
    START_DATE: { description: 'Start date.' },
    END_DATE: { description: 'End date.' },
    PERIODIC_AMOUNT: { description: 'Periodic amount.' },
  },
});
