import { wordingProblems } from '@customer-corner/ui/wording-checks';
import { companyTranslations } from './company-translations';

/** #18 item 12: no French spacing in Dutch or English, one name for Customer Services, the same placeholders. */
describe('the words of company-translations', () => {
  it('companyTranslations read right in FR, NL and EN', () => {
    expect(wordingProblems(companyTranslations)).toEqual([]);
  });
});
