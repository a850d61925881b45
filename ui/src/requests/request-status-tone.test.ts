import { requestStatusTone } from './request-status-tone';

describe('requestStatusTone (REQ-3, BO-2)', () => {
  it.each([
    ['SUBMITTED', 'info'],
    ['IN_PROGRESS', 'neutral'],
    ['MORE_INFORMATION_NEEDED', 'warning'],
    ['COMPLETED', 'success'],
    ['REJECTED', 'danger'],
  ] as const)('%s is shown %s', (status, tone) => expect(requestStatusTone(status)).toBe(tone));
});
