// #18 item 9: the early-termination rule is free text from the core system, answered by the gateway
// in the reader's language when it has it (earlyTerminationRuleLanguage says which). Some systems start it with its own label ("Résiliation anticipée : …"); the portal
// already shows a translated label beside it, so a leading label in any portal language is dropped.
const LEADING_LABELS = ['résiliation anticipée', 'vervroegde beëindiging', 'early termination'];

/** "Résiliation anticipée : capital restant dû…" → "Capital restant dû…"; any other text as given. */
export function earlyTerminationText(rule: string): string {
  const text = rule.trim();
  const lower = text.toLocaleLowerCase('fr-BE');
  for (const label of LEADING_LABELS) {
    if (!lower.startsWith(label)) continue;
    const rest = text.slice(label.length).replace(/^[\s\u00a0\u202f]*[:–—-][\s\u00a0\u202f]*/, '');
    if (rest === text.slice(label.length) || !rest) continue; // a label with no separator is the text itself
    return rest.charAt(0).toLocaleUpperCase('fr-BE') + rest.slice(1);
  }
  return text;
}
