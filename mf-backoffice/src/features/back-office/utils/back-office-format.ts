import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
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

/** The most precise code of a failed action: `extensions.reason` (SAME_APPROVER), else `extensions.code`. */
export function problemCode(error: ErrorLike | undefined): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  const reason = extensions['reason'];
  const code = extensions['code'];
  if (typeof reason === 'string') return reason;
  return typeof code === 'string' ? code : null;
}
