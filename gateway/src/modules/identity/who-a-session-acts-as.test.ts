import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue #11 §1 (ACC-10, ACC-11): "every path that changes who a session acts as asks for what sign-in
 * asks". Today one path does: IdentityService.actAs, behind the second-factor gate. This test lists
 * every statement of the gateway that writes a session's acting login, so that a new one (a support
 * "act as the customer", a token exchange…) fails here and is reviewed against that rule.
 */
const SOURCE = join(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Writes of `activeLoginRef` (an object key or an assignment, not a type or a comparison), and calls of writeActiveLogin. */
function writesIn(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const writes = [...code.matchAll(/\bactiveLoginRef\s*[:=](?!=)(?!\s*string\b)/g)].map(() => 'activeLoginRef');
  const calls = [...code.matchAll(/\.writeActiveLogin\(/g)].map(() => 'writeActiveLogin()');
  return [...writes, ...calls];
}

describe('who a session acts as changes in one place only (#11 §1)', () => {
  it('lists every write of a session’s acting login in the gateway', () => {
    const found: Record<string, string[]> = {};
    for (const file of sourceFiles(SOURCE)) {
      const writes = writesIn(readFileSync(file, 'utf8'));
      if (writes.length) found[relative(SOURCE, file)] = writes;
    }
    expect(found).toEqual({
      // actAs (the switch, behind requireSecondFactorFor) writes it; verifySecondFactor and the
      // confirmed enrolment open the full session acting as the pending one did — the same login.
      'modules/identity/identity.service.ts': ['activeLoginRef', 'activeLoginRef', 'activeLoginRef', 'writeActiveLogin()'],
      // SessionService: a new session acts as its own account unless told; the row read back; the one
      // update (writeActiveLogin, called by actAs only); the filter that ends a login's sessions.
      'modules/identity/session.service.ts': ['activeLoginRef', 'activeLoginRef', 'activeLoginRef', 'activeLoginRef'],
    });
  });

  it('finds the writes it is meant to find', () => {
    expect(writesIn('session.activeLoginRef = other.id;')).toEqual(['activeLoginRef']);
    expect(writesIn('em.nativeUpdate(Session, { id }, { activeLoginRef: loginRef });')).toEqual(['activeLoginRef']);
    expect(writesIn('await this.sessions.writeActiveLogin(id, ref);')).toEqual(['writeActiveLogin()']);
    expect(writesIn('if (session.activeLoginRef === other.id) {}')).toEqual([]);
    expect(writesIn('interface R { activeLoginRef: string; }')).toEqual([]);
    expect(writesIn('// activeLoginRef = x')).toEqual([]);
  });
});
