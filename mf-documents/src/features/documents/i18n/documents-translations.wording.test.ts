import { wordingProblems } from '@customer-corner/ui/wording-checks';
import { documentsTranslations } from './documents-translations';

/** #18 item 12: no French spacing in Dutch or English, one name for Customer Services, the same placeholders. */
describe('the words of documents-translations', () => {
  it('documentsTranslations read right in FR, NL and EN', () => {
    expect(wordingProblems(documentsTranslations)).toEqual([]);
  });
});
