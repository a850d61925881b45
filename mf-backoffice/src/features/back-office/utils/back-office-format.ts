import type { Tone } from '@customer-corner/ui';
import type { ChangeRequestStatus } from '../../../gql/graphql';

export function requestStatusTone(status: ChangeRequestStatus): Tone {
  switch (status) {
    case 'SUBMITTED':
      return 'info';
    case 'IN_PROGRESS':
      return 'neutral';
    case 'MORE_INFORMATION_NEEDED':
      return 'warning';
    case 'COMPLETED':
      return 'success';
    case 'REJECTED':
      return 'danger';
  }
}
