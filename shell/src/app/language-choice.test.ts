import { choosePortalLanguage, linkLanguageOf, portalLanguageOf, type LanguageSources } from './language-choice';

describe('language order (#18 item 3, X-2): saved choice, link, correspondence, browser', () => {
  it.each<[string, LanguageSources, string]>([
    ['saved choice beats everything', { saved: 'NL', link: 'en', correspondence: 'FR', browser: ['en-GB'] }, 'nl'],
    ['link when nothing is saved', { saved: null, link: 'en', correspondence: 'NL', browser: ['fr-BE'] }, 'en'],
    ['correspondence language next', { link: null, correspondence: 'NL', browser: ['fr-BE'] }, 'nl'],
    ['browser when nothing else is known', { browser: ['nl-BE', 'fr-BE'] }, 'nl'],
    ['first browser language the portal speaks', { browser: ['de-DE', 'en-US', 'nl'] }, 'en'],
    ['French by default', { browser: ['de-DE'] }, 'fr'],
    ['French with no source at all', {}, 'fr'],
    ['an unknown saved value is skipped', { saved: 'de', link: 'nl' }, 'nl'],
    ['an unknown link value is skipped', { link: 'xx', correspondence: 'EN' }, 'en'],
  ])('%s', (_, sources, expected) => {
    expect(choosePortalLanguage(sources)).toBe(expected);
  });

  it.each([
    ['NL', 'nl'],
    ['nl-BE', 'nl'],
    ['en_GB', 'en'],
    [' fr ', 'fr'],
    ['de', null],
    ['', null],
    [null, null],
  ])('%j is the portal language %j', (value, expected) => {
    expect(portalLanguageOf(value)).toBe(expected);
  });

  it('reads ?lang= from an e-mail link', () => {
    expect(linkLanguageOf('?lang=nl')).toBe('nl');
    expect(linkLanguageOf('?next=%2Fcompany&lang=EN')).toBe('en');
    expect(linkLanguageOf('?lang=de')).toBeNull();
    expect(linkLanguageOf('')).toBeNull();
  });
});
