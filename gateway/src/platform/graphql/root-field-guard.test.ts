import { graphql } from 'graphql';
import { Ctx, Query, Resolver, buildSchema } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { TEST_SETTINGS } from '../../test/test-settings';
import { createContext } from './context';
import { authChecker } from './auth-checker';
import { PUBLIC_ROOT_FIELDS } from './public-root-fields';
import { denyUnguardedRootFields, rootFieldAccess } from './root-field-guard';
import { gatewaySchema } from '../../app/schema';
import type { Principal } from '../auth/principal';
import { systemClock } from '../clock';

/** A resolver someone forgot to decorate: the situation the guard exists for. */
@Resolver()
class ForgottenResolver {
  @Query(() => String, { description: 'A field added without @Authorized and without a public entry.' })
  forgottenSecret(@Ctx() _ctx: unknown): string {
    return 'the data nobody decided to publish';
  }
}

const VIEWER: Principal = { kind: 'customer-user', userId: 'u-1', customerId: 'c-1', profile: 'VIEWER' };

describe('deny-by-default root fields (#11 §2, PRO-4, API-4)', () => {
  it('every root field of the gateway is @Authorized or in the one public list', async () => {
    const access = rootFieldAccess(await gatewaySchema());
    const unguarded = [...access].filter(([, kind]) => kind === 'unguarded').map(([name]) => name);
    expect(unguarded).toEqual([]);
    expect(access.size).toBeGreaterThanOrEqual(55);
  });

  it('the public list names exactly the 14 public fields, none of them also authorized, none stale', async () => {
    const access = rootFieldAccess(await gatewaySchema());
    const publicFields = [...access].filter(([, kind]) => kind === 'public').map(([name]) => name);
    expect(publicFields.sort()).toEqual([...PUBLIC_ROOT_FIELDS.keys()].sort());
    expect(publicFields).toHaveLength(14); // 14th: verifyActivationCredentials (#18 item 20)
  });

  it('a new root field with neither @Authorized nor a public entry is reported and refused at run time', async () => {
    const schema = denyUnguardedRootFields(
      await buildSchema({ resolvers: [ForgottenResolver], authChecker, authMode: 'error', validate: false }),
    );
    expect(rootFieldAccess(schema).get('Query.forgottenSecret')).toBe('unguarded');
    const run = (principal: Principal | null) =>
      graphql({
        schema,
        source: '{ forgottenSecret }',
        contextValue: createContext({ requestId: 't', em: null as never, principal, clock: systemClock, settings: TEST_SETTINGS }),
      });
    const anonymous = await run(null);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.map((e) => (e.originalError as { code?: string }).code)).toEqual(['UNAUTHENTICATED']);
    const viewer = await run(VIEWER);
    expect(viewer.errors?.map((e) => (e.originalError as { code?: string }).code)).toEqual(['FORBIDDEN']);
  });
});
