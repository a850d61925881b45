import type { EntityManager } from '@mikro-orm/core';
import { decryptSecret } from '../../platform/auth/secrets';

/**
 * Issue #11 §5 (ACC-10): second-factor secrets are sealed with SECRET_KEY. A gateway started with
 * another key cannot open them and would fail every second-factor sign-in with an internal error,
 * so start-up checks one sealed secret of each kind of account (the newest: all of them were sealed
 * with the same key) and names the variable when it does not fit. Null when the key fits or nothing
 * is sealed yet.
 */
export async function secretKeyProblem(em: EntityManager, secretKey: string): Promise<string | null> {
  for (const table of ['customer_login', 'staff_account'] as const) {
    const [row] = await em
      .getConnection()
      .execute<{ totp_secret_encrypted: string }[]>(
        `select totp_secret_encrypted from ${table} where totp_secret_encrypted is not null order by updated_at desc limit 1`,
      );
    if (!row) continue;
    try {
      decryptSecret(row.totp_secret_encrypted, secretKey);
    } catch {
      return (
        `SECRET_KEY does not open the second-factor secrets stored in the database (${table}): ` +
        'start the gateway with the SECRET_KEY they were sealed with. Nothing was started.'
      );
    }
  }
  return null;
}
