/**
 * The session behind a token hash, with the customer login it acts as: the one statement before every
 * signed-in request (issue #8). In a file without imports so that the bench floor runs this very text
 * from the build (issue #17 §1).
 */
export const SESSION_LOOKUP_SQL =
  'select s.id, s.kind, s.account_ref, s.active_login_ref, s.second_factor_pending, s.enrollment_required, s.last_seen_at, ' +
  's.expires_at, l.customer_id as login_customer_id, l.profile as login_profile, l.status as login_status, l.language as login_language ' +
  'from session s left join customer_login l on l.id = s.active_login_ref where s.id = ?';
