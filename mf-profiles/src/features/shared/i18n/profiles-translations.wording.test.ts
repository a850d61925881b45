import { wordingProblems } from '@customer-corner/ui/wording-checks';
import { profilesTranslations } from './profiles-translations';

/** #18 item 12: no French spacing in Dutch or English, one name for Customer Services, the same placeholders. */
describe('the words of profiles-translations', () => {
  it('profilesTranslations read right in FR, NL and EN', () => {
    expect(wordingProblems(profilesTranslations)).toEqual([]);
  });
});
