import type { EntityManager } from '@mikro-orm/core';
import { DomainError } from '../../platform/errors';
import { CustomerLogin } from './customer-login.entity';
import { LoginStatus } from './identity.enums';
import { LoginLink } from './login-link.entity';
import { AuditService } from '../audit';

/** ACC-11: logins of one person linked together; each link revocable, each customer's data apart. */
export class LoginLinkService {
  constructor(private readonly em: EntityManager) {}

  /** The logins linked to `loginRef` (not including itself), active links only. */
  async linkedLogins(loginRef: string): Promise<CustomerLogin[]> {
    const links = await this.em.find(
      LoginLink,
      { revokedAt: null, $or: [{ firstLogin: loginRef }, { secondLogin: loginRef }] },
      { populate: ['firstLogin.customer', 'secondLogin.customer'] },
    );
    return links
      .map((link) => (link.firstLogin.id === loginRef ? link.secondLogin : link.firstLogin))
      .filter((login) => login.status === LoginStatus.ACTIVE);
  }

  async link(own: CustomerLogin, other: CustomerLogin, now: Date): Promise<void> {
    if (own.id === other.id) throw new DomainError('BAD_USER_INPUT', 'This is the login you are signed in with', { reason: 'LINK_SELF' });
    const existing = await this.em.findOne(LoginLink, {
      $or: [
        { firstLogin: own.id, secondLogin: other.id },
        { firstLogin: other.id, secondLogin: own.id },
      ],
    });
    if (existing) {
      existing.revokedAt = null;
    } else {
      this.em.create(LoginLink, { firstLogin: own, secondLogin: other, createdAt: now, updatedAt: now });
    }
    // #18 item 11 (PRO-7): both companies' audit logs show that this person linked the two accesses.
    const audit = new AuditService(this.em);
    for (const customerRef of new Set([own.customer.id, other.customer.id])) {
      audit.record({
        customerRef,
        actor: { kind: 'customer', ref: own.id, name: own.name },
        action: 'login.linked',
        entityType: 'login',
        entityRef: own.loginId,
        after: { linkedLoginId: other.loginId },
        at: now,
      });
    }
  }

  /** Revokes the link between `own` and the login with `otherLoginId`; NOT_FOUND when there is none. */
  async unlink(ownRef: string, otherLoginId: string, now: Date): Promise<CustomerLogin> {
    const other = await this.em.findOne(CustomerLogin, { loginId: otherLoginId });
    const link = other
      ? await this.em.findOne(LoginLink, {
          revokedAt: null,
          $or: [
            { firstLogin: ownRef, secondLogin: other.id },
            { firstLogin: other.id, secondLogin: ownRef },
          ],
        })
      : null;
    if (!other || !link) throw new DomainError('NOT_FOUND', 'Linked login not found');
    link.revokedAt = now;
    return other;
  }
}
