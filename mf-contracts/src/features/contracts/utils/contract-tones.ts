import type { Tone } from '@customer-corner/ui';
import type { ContractStatus, InstallmentStatus } from '../../../gql/graphql';

export function contractStatusTone(status: ContractStatus): Tone {
  switch (status) {
    case 'ACTIVE':
      return 'success';
    case 'PENDING':
      return 'info';
    case 'ENDED':
      return 'neutral';
    case 'TERMINATED':
      return 'warning';
  }
}

export function installmentStatusTone(status: InstallmentStatus): Tone {
  switch (status) {
    case 'PAID':
      return 'success';
    case 'DUE':
      return 'info';
    case 'OVERDUE':
      return 'danger';
  }
}
