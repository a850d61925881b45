/**
 * Issue #18 item 12: checks a tab's translation tables the way a proofreader would, so that the
 * slips found once do not come back. Each package runs it on its own tables (a tab never imports
 * another tab's words):
 *   - Dutch and English put no space before : ; ! ? (that is French typography);
 *   - Customer Services has one name per language: "Service Clients", "Klantendienst", "Customer Services";
 *   - every {{placeholder}} of a sentence exists in the three languages;
 *   - no sentence is empty.
 */
export type TranslationTables = Record<'fr' | 'nl' | 'en', unknown>;

const SERVICE_NAMES: Record<'fr' | 'nl' | 'en', { wanted: string; others: RegExp }> = {
  fr: { wanted: 'Service Clients', others: /\bservice (?:clientèle|client(?!s\b)|clients(?<!Service Clients))/i },
  nl: { wanted: 'Klantendienst', others: /\b(?:klantenservice|klantendienstverlening)\b/i },
  en: { wanted: 'Customer Services', others: /\b(?:customer service(?!s)|customer care|client services)\b/i },
};

function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  return [];
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

/** Every problem found, as "<language> <key>: <what>"; [] when the tables read right. */
export function wordingProblems(tables: TranslationTables): string[] {
  const problems: string[] = [];
  const byLanguage = {
    fr: new Map(leaves(tables.fr)),
    nl: new Map(leaves(tables.nl)),
    en: new Map(leaves(tables.en)),
  };
  for (const language of ['fr', 'nl', 'en'] as const) {
    for (const [key, text] of byLanguage[language]) {
      if (text.trim() === '') problems.push(`${language} ${key}: empty`);
      if (language !== 'fr' && /[\s\u00a0\u202f][:;!?](?=\s|$|")/.test(text)) {
        problems.push(`${language} ${key}: a space before a colon, semicolon, ! or ? ("${text}")`);
      }
      const service = SERVICE_NAMES[language];
      if (service.others.test(text)) problems.push(`${language} ${key}: call it "${service.wanted}" ("${text}")`);
      if (language !== 'fr') {
        const french = byLanguage.fr.get(key);
        if (french !== undefined && placeholders(french).join() !== placeholders(text).join()) {
          problems.push(
            `${language} ${key}: placeholders ${placeholders(text).join(', ') || 'none'} where French has ${placeholders(french).join(', ') || 'none'}`,
          );
        }
      }
    }
  }
  return problems;
}
