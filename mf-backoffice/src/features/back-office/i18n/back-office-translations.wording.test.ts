import { wordingProblems } from '@customer-corner/ui/wording-checks';
import { backOfficeTranslations } from './back-office-translations';

/** #18 item 12: no French spacing in Dutch or English, one name for Customer Services, the same placeholders. */
describe('the words of back-office-translations', () => {
  it('backOfficeTranslations read right in FR, NL and EN', () => {
    expect(wordingProblems(backOfficeTranslations)).toEqual([]);
  });
});
