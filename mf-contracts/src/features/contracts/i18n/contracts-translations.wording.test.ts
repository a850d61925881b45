import { wordingProblems } from '@customer-corner/ui/wording-checks';
import { contractsTranslations } from './contracts-translations';

/** #18 item 12: no French spacing in Dutch or English, one name for Customer Services, the same placeholders. */
describe('the words of contracts-translations', () => {
  it('contractsTranslations read right in FR, NL and EN', () => {
    expect(wordingProblems(contractsTranslations)).toEqual([]);
  });
});
