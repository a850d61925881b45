import { describe, expect, it } from 'vitest';
import { secondFactorDemand, type SecondFactorDemand } from './second-factor-gate';

describe('#11 §1 the one second-factor rule for acting as a login (ACC-10, ACC-11)', () => {
  const cases: [enrolled: boolean, requiredByCustomer: boolean, proven: boolean, demand: SecondFactorDemand][] = [
    [false, false, false, 'NONE'],
    [true, false, false, 'CODE'],
    [true, true, false, 'CODE'],
    [false, true, false, 'ENROLLMENT'],
    [true, false, true, 'NONE'],
    [true, true, true, 'NONE'],
  ];
  it.each(cases)(
    'enrolled %s, required by the customer %s, proven by the session %s → %s',
    (enrolled, requiredByCustomer, proven, demand) => {
      expect(secondFactorDemand({ enrolled, requiredByCustomer }, proven)).toBe(demand);
    },
  );
});
