import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { portalLanguages } from '../formats/portal-language';
import { apiProblemCodes, apiProblemMessage, apiProblemMessages } from './api-problem-messages';

// #18 item 6: every code the gateway can answer a person has its own words in FR, NL and EN.
const gatewaySources = join(__dirname, '../../../gateway/src');

/**
 * Codes the gateway answers to programs, never to a person of the portal: the core system's
 * ingestion (INT-1), hand-built HTTP requests to the upload and download endpoints, paging
 * arguments and the generic API-3 codes every screen already handles by kind.
 */
const notForPeople = new Set([
  // API-3 kinds, and what the HTTP layer answers before GraphQL
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'CONFLICT',
  'BAD_REQUEST',
  'INTERNAL_SERVER_ERROR',
  'INVALID',
  'GRAPHQL_VALIDATION_FAILED',
  // upload endpoint, called by the portal's own code with well-formed requests
  'MALFORMED_REQUEST',
  'UNEXPECTED_FIELD',
  'NO_FILE',
  'CUSTOMER_REQUIRED',
  'CUSTOMER_NOT_FOUND',
  // arguments the tabs build themselves (paging, export links, idempotency keys)
  'CURSOR_INVALID',
  'PAGE_SIZE_INVALID',
  'PARAMETER_REPEATED',
  'KIND_INVALID',
  'PAYMENT_STATUS_INVALID',
  'IDEMPOTENCY_KEY_INVALID',
  'FORMAT_INVALID',
  // values inside the gateway, never answered: the second-factor gate's demands, a file system error
  'NONE',
  'CODE',
  'ENROLLMENT',
  'ENOENT',
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'test' || name === 'cli' || name === 'integration' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('test-support') ? [path] : [];
  });
}

/** Each code the gateway's sources can put in `extensions.reason` or `extensions.fields[].code`, with where. */
function gatewayCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\breason: '([A-Z][A-Z0-9_]+)'/g, // new DomainError(…, { reason: 'X' })
    /\bcode: '([A-Z][A-Z0-9_]+)'/g, // { field, code: 'X', message }
    /\]\s*,\s*'([A-Z][A-Z0-9_]+)'\s*,?\s*\)/g, // badInput(message, fields, 'X')
    /^\s*\|\s*'([A-Z][A-Z0-9_]+)'/gm, // code unions: password rules, upload problems
  ];
  for (const file of sourceFiles(gatewaySources)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        if (!found.has(match[1]!)) found.set(match[1]!, relative(gatewaySources, file));
      }
    }
  }
  return found;
}

describe('#18 item 6: a message for every gateway code (API-3)', () => {
  const codes = gatewayCodes();

  it('finds the codes the issue names in the gateway (the scan works)', () => {
    for (const code of ['EMAIL_TAKEN', 'RESET_LINK_INVALID', 'LOGIN_DEACTIVATED', 'SAME_AS_CURRENT', 'LAST_ADMINISTRATOR', 'MIN_LENGTH']) {
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('has words for each code the gateway can answer a person', () => {
    const missing = [...codes].filter(([code]) => !notForPeople.has(code) && apiProblemMessage(code, 'fr') === null);
    expect(missing.map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  it.each(portalLanguages)('in %s, every code has its own sentence', (language) => {
    expect(Object.keys(apiProblemMessages[language]).sort()).toEqual([...apiProblemCodes].sort());
    for (const code of apiProblemCodes) expect(apiProblemMessages[language][code].trim().length, code).toBeGreaterThan(5);
  });

  it.each([
    ['EMAIL_TAKEN', 'fr', 'Cette adresse e-mail a déjà un accès pour votre société.'],
    ['EMAIL_TAKEN', 'nl', 'Dit e-mailadres heeft al een toegang voor uw bedrijf.'],
    ['EMAIL_TAKEN', 'en', 'This e-mail address already has an access for your company.'],
    ['RESET_LINK_INVALID', 'en', 'This link has already been used or has expired. Ask for a new one with “Forgot your password?”.'],
    ['LOGIN_DEACTIVATED', 'nl', 'Deze toegang werd gedeactiveerd door een beheerder van uw bedrijf. Vraag hem om ze opnieuw te activeren.'],
    ['SAME_AS_CURRENT', 'fr', 'Le nouveau mot de passe doit être différent du mot de passe actuel.'],
  ] as const)('%s in %s reads "%s"', (code, language, sentence) => expect(apiProblemMessage(code, language)).toBe(sentence));

  it.each([
    ['TOO_SHORT', 'fr', { min: 10 }, 'Ce texte est trop court : au moins 10 caractères.'],
    ['TOO_LONG', 'nl', { max: 4000 }, 'Deze tekst is te lang: hoogstens 4000 tekens.'],
    ['TOO_SHORT', 'en', { min: 2, max: 4000 }, 'This text is too short: at least 2 characters.'],
    ['TOO_LONG', 'en', {}, 'This text is too long.'],
    ['REQUIRED', 'fr', { min: 2 }, 'Ce champ est obligatoire.'],
  ] as const)('#18 items 6, 12: %s in %s with limits %j reads "%s"', (code, language, limits, sentence) =>
    expect(apiProblemMessage(code, language, limits)).toBe(sentence),
  );

  it.each(['toString', 'constructor', '', null, 'NOT_A_CODE'])('knows no words for %j', (code) => {
    expect(apiProblemMessage(code, 'fr')).toBeNull();
  });

  it('NL and EN have no French space before a colon', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const code of apiProblemCodes) expect(apiProblemMessages[language][code], code).not.toMatch(/[\s\u00a0\u202f][:;!?]/);
    }
  });
});
