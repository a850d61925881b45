import type { Tone } from '@customer-corner/ui';
import type { PaymentStatus } from '../../../gql/graphql';

export function paymentStatusTone(status: PaymentStatus): Tone {
  if (status === 'PAID') return 'success';
  if (status === 'OVERDUE') return 'danger';
  return 'info';
}
