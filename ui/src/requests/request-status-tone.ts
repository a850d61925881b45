import type { Tone } from '../components/feedback';

/** A change request's status (REQ-3, BO-2), as the schema's ChangeRequestStatus enum. */
export type ChangeRequestStatusName = 'SUBMITTED' | 'IN_PROGRESS' | 'MORE_INFORMATION_NEEDED' | 'COMPLETED' | 'REJECTED';

/** Badge colour per status, the same for the customer and for staff; the word is always there too (WCAG 1.4.1). */
export function requestStatusTone(status: ChangeRequestStatusName): Tone {
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
