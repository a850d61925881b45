// #18 items 7, 11, 18, 19, 21: the screens changed for issue 18, looked at in FR, NL and EN at
// 1280 px and 390 px (screenshots in e2e/artifacts/issue-18-*), with axe on each.
import { saveAccountLanguage } from '../lib/account-language.mjs';

export const title = 'Issue 18 screens: accesses, settings (audit log, QR code), prefilled request form, contracts — FR, NL, EN';

const LANGUAGES = [
  ['fr', 'Gestion des profils', 'Dernier administrateur actif', 'Activer la double authentification', 'QR code à scanner'],
  ['nl', 'Profielbeheer', 'Laatste actieve beheerder', 'Tweestapsverificatie inschakelen', 'QR-code om te scannen'],
  ['en', 'Profile management', 'Last active administrator', 'Turn on the second factor', 'QR code to scan'],
];

export async function run({ newPage, baseUrl, check, axeCheck, shot, assert, demoLogins, signInAsCustomer }) {
  const admin = demoLogins.find((l) => /customer administrator/i.test(l.role));
  assert(admin, 'demo-logins.json has no customer administrator');
  for (const width of [1280, 390]) {
    for (const [language, heading, , enable, qr] of LANGUAGES) {
      const tag = `issue-18-${width}px-${language}`;
      const page = await newPage({ width });
      await page.goto(`${baseUrl}/sign-in`);
      await page.evaluate((lang) => window.localStorage.setItem('cc-language', lang), language);
      await page.reload();
      await check(`${tag} accesses, settings with the audit log and the QR code`, async () => {
        await signInAsCustomer(page, admin.login, admin.password);
        await saveAccountLanguage(page, language);
        await page.goto(`${baseUrl}/profiles`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.getByRole('table').first().waitFor();
        await shot(page, `${tag}-logins`);
        await page.goto(`${baseUrl}/profiles/settings`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        const button = page.getByRole('button', { name: enable });
        if (await button.count()) {
          await button.click();
          await page.getByRole('img', { name: new RegExp(qr) }).waitFor();
        }
        await axeCheck(page, `${tag}-settings`);
        await shot(page, `${tag}-settings`);
      });
      await check(`${tag} the prefilled request form and the contracts`, async () => {
        await page.goto(`${baseUrl}/requests/new?type=ADDRESS&kind=REGISTERED_OFFICE`);
        await page.waitForFunction(() => {
          const street = document.querySelector('input[autocomplete="street-address"]');
          return street !== null && 'value' in street && String(street.value).length > 0;
        });
        await shot(page, `${tag}-request-form-prefilled`);
        await page.goto(`${baseUrl}/contracts`);
        await page.getByRole('table').first().waitFor();
        const text = await page.locator('main').innerText();
        assert(!/€\d/.test(text), `money written the English way in ${language}`);
        await shot(page, `${tag}-contracts`);
      });
      await page.close();
    }
  }
  await check('the administrator’s language is set back to French for the journeys after this one', async () => {
    const page = await newPage({ width: 1280 });
    await page.goto(`${baseUrl}/sign-in`);
    await signInAsCustomer(page, admin.login, admin.password);
    await saveAccountLanguage(page, 'fr');
    await page.close();
  });
}
