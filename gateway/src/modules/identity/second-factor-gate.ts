/**
 * The one rule for every path that changes who a session acts as — linking a login, switching into
 * it, falling back after an unlink (issue #11 §1, ACC-10, ACC-11): a login with a second factor, or
 * of a customer that makes one mandatory, is only acted as by a session that proved that login's
 * code. A password alone never crosses into such a login.
 */
export type SecondFactorDemand =
  /** Nothing more to prove. */
  | 'NONE'
  /** The target login's current code (or one of its recovery codes) is needed now. */
  | 'CODE'
  /** The customer requires a second factor the target login has not enrolled: it must sign in itself first. */
  | 'ENROLLMENT';

export interface GateTarget {
  /** The target login has a confirmed TOTP second factor. */
  enrolled: boolean;
  /** The target login's customer makes a second factor mandatory. */
  requiredByCustomer: boolean;
}

export function secondFactorDemand(target: GateTarget, provenBySession: boolean): SecondFactorDemand {
  if (provenBySession) return 'NONE';
  if (target.enrolled) return 'CODE';
  if (target.requiredByCustomer) return 'ENROLLMENT';
  return 'NONE';
}
