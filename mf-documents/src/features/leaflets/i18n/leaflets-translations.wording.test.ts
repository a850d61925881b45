import { wordingProblems } from '@customer-corner/ui/wording-checks';
import { leafletsTranslations } from './leaflets-translations';

/** #18 item 12: no French spacing in Dutch or English, one name for Customer Services, the same placeholders. */
describe('the words of leaflets-translations', () => {
  it('leafletsTranslations read right in FR, NL and EN', () => {
    expect(wordingProblems(leafletsTranslations)).toEqual([]);
  });
});
