import { apiProblemMessages } from '../problems/api-problem-messages';
import { uiTranslations } from './ui-translations';
import { wordingProblems } from './wording-checks';

describe('wording checks (#18 item 12, X-2)', () => {
  it.each([
    [{ fr: { a: 'Nom :' }, nl: { a: 'Naam :' }, en: { a: 'Name:' } }, ['nl a: a space before a colon, semicolon, ! or ? ("Naam :")']],
    [
      { fr: { a: 'Vraiment ?' }, nl: { a: 'Echt?' }, en: { a: 'Really ?' } },
      ['en a: a space before a colon, semicolon, ! or ? ("Really ?")'],
    ],
    [
      { fr: { a: 'Contactez le Service clientèle' }, nl: { a: 'Klantendienst' }, en: { a: 'Customer Services' } },
      ['fr a: call it "Service Clients" ("Contactez le Service clientèle")'],
    ],
    [
      { fr: { a: 'Service Clients' }, nl: { a: 'Klantendienst' }, en: { a: 'Contact customer service' } },
      ['en a: call it "Customer Services" ("Contact customer service")'],
    ],
    [
      { fr: { a: '{{count}} contrats' }, nl: { a: '{{n}} contracten' }, en: { a: '{{count}} contracts' } },
      ['nl a: placeholders n where French has count'],
    ],
    [{ fr: { a: '' }, nl: { a: 'x' }, en: { a: 'x' } }, ['fr a: empty']],
    [{ fr: { a: 'Heure : 10:30' }, nl: { a: 'Tijd: 10:30' }, en: { a: 'Time: 10:30' } }, []],
  ])('%j → %j', (tables, problems) => {
    expect(wordingProblems(tables)).toEqual(problems);
  });

  it('finds nothing in the kit’s own words and the gateway codes’ sentences', () => {
    expect(wordingProblems(uiTranslations)).toEqual([]);
    expect(wordingProblems(apiProblemMessages as never)).toEqual([]);
  });
});
