import { wordingProblems } from '@customer-corner/ui/wording-checks';
import { requestsTranslations } from './requests-translations';

/** #18 item 12: no French spacing in Dutch or English, one name for Customer Services, the same placeholders. */
describe('the words of requests-translations', () => {
  it('requestsTranslations read right in FR, NL and EN', () => {
    expect(wordingProblems(requestsTranslations)).toEqual([]);
  });
});
