import { registerEnumType } from 'type-graphql';

export enum DocumentKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
  AMORTIZATION_TABLE = 'AMORTIZATION_TABLE',
}

export enum PaymentStatus {
  PAID = 'PAID',
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
}

export enum PaymentStatusFilter {
  PAID = 'PAID',
  UNPAID = 'UNPAID',
}

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Kind of document.',
  valuesConfig: {
    INVOICE: { description: 'Invoice.' },
    CREDIT_NOTE: { description: 'Credit note.' },
    AMORTIZATION_TABLE: { description: 'Amortization table issued for a leasing or credit-line contract.' },
  },
});
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Payment status of an invoice or credit note on a given day.',
  valuesConfig: {
    PAID: { description: 'Settled.' },
    OPEN: { description: 'Not settled; the due date has not passed.' },
    OVERDUE: { description: 'Not settled and the due date has passed.' },
  },
});
registerEnumType(PaymentStatusFilter, {
  name: 'PaymentStatusFilter',
  description: 'Filter documents on whether they are settled.',
  valuesConfig: {
    PAID: { description: 'Only settled documents.' },
    UNPAID: { description: 'Only documents still open or overdue.' },
  },
});
