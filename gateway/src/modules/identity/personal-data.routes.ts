import { ApiToken } from './api-token.entity';
import { CustomerLogin } from './customer-login.entity';
import { LoginLinkService } from './login-link.service';
import { Session } from './session.entity';
import type { EntityManager } from '@mikro-orm/core';
import { AuditService } from '../audit';
import { contentDisposition } from '../../platform/http/content-disposition';
import type { RouteMount } from '../../platform/http/route-mount';
import { signedInCaller } from '../../platform/http/route-auth';
import { DomainError } from '../../platform/errors';

/** One part of a person's data kept by another module (their change requests…): the module that keeps
 * it gives the section, the composition root registers it, so identity needs no other module (issue #14 §1). */
export type PersonalDataSection = (em: EntityManager, loginRef: string) => Promise<unknown>;

const sections = new Map<string, PersonalDataSection>();

/** Registers the section `name` of the personal-data export (PRO-8). */
export function addPersonalDataSection(name: string, section: PersonalDataSection): void {
  sections.set(name, section);
}

/**
 * PRO-8: everything the portal keeps about the signed-in person, as JSON (GDPR access and portability).
 * Secrets (password hash, second-factor secret, recovery codes) are never included, only whether they exist.
 */
export const personalDataRoutes: RouteMount = (app, context) => {
  app.get('/me/personal-data.json', async (req, res) => {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const em = context.orm.em.fork();
    const principal = await signedInCaller(context, req, em);
    if (principal.kind !== 'customer-user') throw new DomainError('FORBIDDEN', 'Personal data is downloaded by the person it is about');
    const login = await em.findOneOrFail(CustomerLogin, { id: principal.userId }, { populate: ['customer'] });
    const [sessions, links, others, actions, tokens] = await Promise.all([
      em.find(Session, { accountRef: login.id }, { orderBy: [{ createdAt: 'desc' }] }),
      new LoginLinkService(em).linkedLogins(login.id),
      Promise.all([...sections].map(async ([name, section]) => [name, await section(em, login.id)] as const)),
      new AuditService(em).actionsBy(login.id, 5_000),
      em.find(ApiToken, { createdByLoginRef: login.id }, { orderBy: [{ createdAt: 'desc' }] }),
    ]);
    const data = {
      exportedAt: context.clock.now().toISOString(),
      login: {
        loginId: login.loginId,
        name: login.name,
        email: login.email,
        profile: login.profile,
        status: login.status,
        language: login.language,
        notifyNewInvoice: login.notifyNewInvoice,
        createdAt: login.createdAt.toISOString(),
        lastLoginAt: login.lastLoginAt?.toISOString() ?? null,
        passwordChangedAt: login.passwordChangedAt?.toISOString() ?? null,
        secondFactorEnabled: Boolean(login.totpEnabledAt),
      },
      customer: { customerNumber: login.customer.customerNumber, name: login.customer.name },
      sessions: sessions.map((s) => ({
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        ipAddress: s.ipAddress ?? null,
      })),
      linkedLogins: links.map((l) => ({ loginId: l.loginId })),
      ...Object.fromEntries(others),
      integrationTokensCreated: tokens.map((t) => ({
        name: t.name,
        profile: t.profile,
        createdAt: t.createdAt.toISOString(),
        revokedAt: t.revokedAt?.toISOString() ?? null,
      })),
      actions: actions.map((a) => ({ at: a.createdAt.toISOString(), action: a.action, entityType: a.entityType, entityRef: a.entityRef })),
    };
    res.setHeader('Content-Disposition', contentDisposition('attachment', `personal-data-${login.loginId}.json`));
    res.type('application/json').send(JSON.stringify(data, null, 2));
  });
};
