import { earlyTerminationText } from './early-termination-text';

describe('#18 item 9: the early-termination text without a doubled label', () => {
  it.each([
    ["Résiliation anticipée : capital restant dû majoré d'une indemnité de 3 %", "Capital restant dû majoré d'une indemnité de 3 %"],
    ['Résiliation anticipée\u00a0: 50 % des loyers restants', '50 % des loyers restants'],
    ['Vervroegde beëindiging: openstaand kapitaal verhoogd met 3 %', 'Openstaand kapitaal verhoogd met 3 %'],
    ['Early termination – 50 % of the remaining rents', '50 % of the remaining rents'],
    ['EARLY TERMINATION: outstanding capital', 'Outstanding capital'],
    // the text as given when it has no label of its own
    ['Capital restant dû majoré de 3 %', 'Capital restant dû majoré de 3 %'],
    ['Résiliation anticipée possible après 12 mois', 'Résiliation anticipée possible après 12 mois'],
    ['  Pas de résiliation anticipée  ', 'Pas de résiliation anticipée'],
  ])('%s → %s', (rule, expected) => expect(earlyTerminationText(rule)).toBe(expected));
});
