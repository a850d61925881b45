// ACC-2/3/4 activation from the e-mail, then CON-1..5 (list, detail, amortization) at 1280 px and
// 390 px, with axe on every screen. #18 items 20 and 3: the activation goes in two steps
// (credentials verified, then the password with the name and company rules live) and speaks the
// customer's correspondence language unless the link says otherwise.
export const title = 'Activation from the e-mail, then the contracts tab at 1280 px and 390 px';

const NEW_PASSWORD = 'Tramway-Lune-42!';

// The words of both steps in each language, as the person reads them.
const WORDS = {
  fr: {
    loginId: 'Identifiant (9 chiffres)',
    temporary: 'Mot de passe temporaire',
    continue: 'Continuer',
    step1: 'Étape 1 sur 2 : vos identifiants',
    step2: 'Étape 2 sur 2 : votre mot de passe',
    newPassword: 'Nouveau mot de passe',
    companyRuleFailed: '✗Ne contient pas le nom de votre société (non respectée)',
  },
  nl: {
    loginId: 'Gebruikers-id (9 cijfers)',
    temporary: 'Tijdelijk wachtwoord',
    continue: 'Doorgaan',
    step1: 'Stap 1 van 2: uw gegevens',
    step2: 'Stap 2 van 2: uw wachtwoord',
    newPassword: 'Nieuw wachtwoord',
    companyRuleFailed: '✗Bevat de naam van uw bedrijf niet (niet voldaan)',
  },
  en: {
    loginId: 'Login id (9 digits)',
    temporary: 'Temporary password',
    continue: 'Continue',
    step1: 'Step 1 of 2: your credentials',
    step2: 'Step 2 of 2: your password',
    newPassword: 'New password',
    companyRuleFailed: '✗Does not contain your company’s name (not met)',
  },
};

export async function run({ newPage, baseUrl, check, axeCheck, shot, assert, mailbox, demoLogins, signInAsCustomer }) {
  const pending = demoLogins.find((l) => /activation/i.test(l.role));
  assert(pending, 'demo-logins.json has no login waiting for activation');
  const loginId = pending.login;
  const mail = (await mailbox()).find((m) => m.text.includes(loginId));
  assert(mail, `no e-mail for ${loginId} in /dev/mailbox.json`);
  const temporaryPassword = mail.text.match(/(?:Mot de passe temporaire|Tijdelijk wachtwoord|Temporary password)\s*:\s*(\S+)/)?.[1];
  assert(temporaryPassword, 'no temporary password in the e-mail');

  // "Bakkerij Peeters (10000002)" → "Bakkerij": a password containing it must fail the company rule live.
  const companyWord = pending.note.split(/\s+/)[0];

  let firstContract = null;
  for (const width of [1280, 390]) {
    const page = await newPage({ width });
    const tag = `${width}px`;

    if (width === 1280) {
      await check(`${tag} sign-in page has no serious axe violation`, async () => {
        await page.goto(`${baseUrl}/sign-in`);
        await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
        await axeCheck(page, 'sign-in');
        await shot(page, `${tag}-sign-in`);
      });
      // Step 1 does not use the temporary password up: each page verifies it, only the last one activates.
      for (const width of [1280, 390]) {
        for (const language of ['fr', 'nl', 'en']) {
          const words = WORDS[language];
          await check(`${width}px ${language} activation in two steps, company rule failed live (#18 item 20)`, async () => {
            const stepPage = await newPage({ width });
            await stepPage.goto(`${baseUrl}/activate?lang=${language}`);
            await stepPage.getByRole('heading', { name: words.step1 }).waitFor();
            await stepPage.getByLabel(words.loginId).fill(loginId);
            await stepPage.getByLabel(words.temporary).fill(temporaryPassword);
            await axeCheck(stepPage, `activation step 1 ${language} ${width}px`);
            await shot(stepPage, `${width}px-activation-step1-${language}`);
            await stepPage.getByRole('button', { name: words.continue }).click();
            await stepPage.getByRole('heading', { name: words.step2 }).waitFor();
            await stepPage.getByLabel(words.newPassword, { exact: true }).fill(`${companyWord}-Tram-42!`);
            await stepPage.getByText(words.companyRuleFailed).waitFor();
            await axeCheck(stepPage, `activation step 2 ${language} ${width}px`);
            await shot(stepPage, `${width}px-activation-step2-${language}`);
            assert((await stepPage.evaluate(() => window.document.documentElement.lang)) === language, `html lang is not ${language}`);
          });
        }
      }
      await check(`${tag} #18 item 3: without ?lang= the page turns to the customer's Dutch after step 1`, async () => {
        const french = await newPage({ width });
        await french.goto(`${baseUrl}/activate`);
        await french.getByRole('heading', { name: WORDS.fr.step1 }).waitFor();
        await french.getByLabel(WORDS.fr.loginId).fill(loginId);
        await french.getByLabel(WORDS.fr.temporary).fill(temporaryPassword);
        await french.getByRole('button', { name: WORDS.fr.continue }).click();
        await french.getByRole('heading', { name: WORDS.nl.step2 }).waitFor();
        assert((await french.evaluate(() => window.document.documentElement.lang)) === 'nl', 'html lang is not nl');
      });
      await check(`${tag} activation from the e-mail: rules live, then the contracts tab`, async () => {
        // The e-mail's link carries ?lang=; French here, so the rest of the journey reads French.
        await page.goto(`${baseUrl}/activate?lang=fr`);
        await page.getByLabel('Identifiant (9 chiffres)').fill(loginId);
        await page.getByLabel('Mot de passe temporaire').fill(temporaryPassword);
        await page.getByRole('button', { name: 'Continuer' }).click();
        await page.getByRole('heading', { name: WORDS.fr.step2 }).waitFor();
        await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('password12');
        await page.getByText('✗Au moins 1 lettre majuscule').waitFor();
        await page.getByText(/✗Pas un mot de passe courant/).waitFor({ timeout: 5000 });
        await axeCheck(page, 'activation');
        await shot(page, `${tag}-activation-rules`);
        await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
        await page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD);
        await page.getByText(/✓Pas un mot de passe courant/).waitFor({ timeout: 5000 });
        await page.getByRole('button', { name: 'Activer mon accès' }).click();
        // Signed in, the account's saved language (Dutch, this customer's) comes first (#18 item 3).
        await page.getByText('Uw toegang is geactiveerd. Welkom!').waitFor();
        await page.getByRole('heading', { level: 1, name: 'Contracten' }).waitFor();
        // The rest of the journey reads French: the person chooses it, and it is saved.
        await page.getByLabel('Taal').selectOption('fr');
        await page.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor();
      });
    } else {
      await check(`${tag} sign-in with the chosen password`, async () => {
        await page.goto(`${baseUrl}/contracts`);
        await page.getByLabel('Identifiant (9 chiffres)').waitFor();
        await axeCheck(page, 'sign-in (phone)');
        await signInAsCustomer(page, loginId, NEW_PASSWORD);
        await page.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor();
      });
    }

    await check(`${tag} contracts list`, async () => {
      await page.getByRole('table', { name: 'Liste des contrats' }).waitFor();
      const numbers = await page.getByRole('rowheader').allTextContents();
      assert(numbers.length > 0, 'no contract listed');
      firstContract ??= numbers.find((n) => !n.startsWith('RC')) ?? numbers[0];
      const text = await page.locator('main').textContent();
      assert(/\d{1,3}(\.\d{3})*,\d{2}\s€/.test(text), 'no Belgian money amount on the list');
      await axeCheck(page, 'contracts list');
      await shot(page, `${tag}-contracts`);
      if (width === 390) {
        const overflow = await page.evaluate(() => ({
          by: document.documentElement.scrollWidth - window.innerWidth,
          wide: [...document.querySelectorAll('main *, header *, footer *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
        }));
        assert(overflow.by <= 0, `page scrolls sideways by ${overflow.by}px at 390 px: ${overflow.wide.join(', ')}`);
      }
    });

    await check(`${tag} contract detail with assets and installments`, async () => {
      await page.getByRole('link', { name: firstContract, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Contrat ${firstContract}` }).waitFor();
      await page.getByRole('heading', { name: 'Biens financés' }).waitFor();
      await page.getByRole('heading', { name: 'Dernières échéances' }).waitFor();
      const href = await page.getByRole('link', { name: 'Contacter le Service Clients à propos de ce contrat' }).getAttribute('href');
      assert(
        href?.startsWith('mailto:service.clients@leasing.example?subject=') && href.includes(encodeURIComponent(firstContract)),
        `contact link: ${href}`,
      );
      await axeCheck(page, 'contract detail');
      await shot(page, `${tag}-contract-detail`);
    });

    await check(`${tag} amortization table with badge and totals`, async () => {
      await page.getByRole('link', { name: 'Voir le tableau d’amortissement' }).click();
      await page.getByRole('heading', { level: 1, name: `Tableau d’amortissement du contrat ${firstContract}` }).waitFor();
      const table = page.getByRole('table', { name: `Échéances du contrat ${firstContract}` });
      await table.waitFor();
      const badge = await page.locator('.cc-badge').first().textContent();
      assert(badge === 'Définitif' || badge === 'Provisoire', `badge: ${badge}`);
      assert((await table.locator('tfoot').textContent()).startsWith('Total'), 'no totals row');
      await axeCheck(page, 'amortization table');
      await shot(page, `${tag}-amortization`);
    });

    await check(`${tag} no uncaught error in the page`, async () => assert(page.pageErrors().length === 0, page.pageErrors().join('\n')));
    await page.context().close();
  }
}
