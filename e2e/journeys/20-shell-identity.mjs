// The shell's identity screens in FR, NL and EN at 1280 px and 390 px, with axe on each (X-1..X-3):
// second-factor enrollment made mandatory by the administrator (ACC-10), the customer switch between
// linked logins (ACC-11), the saved language (PRO-6) and the Customer Services footer (HLP-2).
// Runs after 10-activation-contracts.mjs and uses the login it activated (Scheldepoort Logistics).
import { createHmac } from 'node:crypto';

export const title = 'Shell identity: second-factor enrollment, customer switch, saved language, Customer Services footer';

const ACTIVATED_PASSWORD = 'Tramway-Lune-42!';
const languages = ['fr', 'nl', 'en'];

/** RFC 6238 TOTP (SHA-1, 30 s, 6 digits) from a base32 secret. */
function totp(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

// The page follows the language saved with the login it acts as (PRO-6): these match FR, NL and EN.
const words = {
  customer: (number) => new RegExp(`^(Client|Klant|Customer) ${number} — `),
  switched: (number) =>
    new RegExp(`^(Vous consultez maintenant le client|U bekijkt nu klant|You are now viewing customer) ${number} — .+\\.$`),
  switcher: /^(Changer de numéro client|Ander klantnummer|Switch customer number)$/,
  dialog: (loginId) =>
    new RegExp(`^(Double authentification de l’accès|Tweestapsverificatie van toegang|Second factor of access) ${loginId}$`),
  code: /^(Code de double authentification|Code van de tweestapsverificatie|Second-factor code)$/,
  submit: /^(Changer de client|Klant wisselen|Switch customer)$/,
  wrongCode: /^(Ce code n’est pas valable\.|Deze code is niet geldig\.|This code is not valid\.)/,
};

async function graphql(page, query, variables = {}) {
  const answer = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  if (answer.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** Each screen in the three languages at both widths, axe on each. */
async function everyLanguageAndWidth(page, name, { axeCheck, shot }) {
  const switchTo = async (code) => {
    // At 390 px the signed-in header folds the language choice into the menu: choose at 1280 px.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page
      .getByLabel(/^(Langue|Taal|Language)$/)
      .first()
      .selectOption(code);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
  };
  for (const code of languages) {
    await switchTo(code);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await axeCheck(page, `${name} (${code}, ${width}px)`);
      await shot(page, `${width}px-${name}-${code}`);
    }
  }
  await switchTo('fr');
}

export async function run(ctx) {
  const { newPage, baseUrl, check, assert, demoLogins, signInAsCustomer } = ctx;
  const admin = demoLogins.find((l) => /customer administrator/i.test(l.role));
  const activated = demoLogins.find((l) => /activation/i.test(l.role));
  assert(admin && activated, 'demo-logins.json lacks the administrator or the login to activate');

  const adminPage = await newPage({ width: 1280 });
  await check('the administrator makes the second factor mandatory for its customer (ACC-10)', async () => {
    await signInAsCustomer(adminPage, admin.login, admin.password);
    await adminPage.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor();
    await graphql(adminPage, 'mutation { setSecondFactorRequired(required: true) }');
  });

  await check('Customer Services footer with e-mail, phone and the advice to quote the contract number (HLP-2)', async () => {
    const footer = adminPage.getByRole('contentinfo');
    await footer.getByText('Mentionnez toujours votre numéro de contrat : nous vous répondrons plus vite.').waitFor();
    const mail = await footer.getByRole('link').first().getAttribute('href');
    assert(mail?.startsWith('mailto:') && mail.includes('@'), `footer e-mail link: ${mail}`);
    assert((await footer.getByRole('link').count()) === 2, 'the footer has no phone link');
  });

  // A fresh access created by the administrator (PRO-2): enrolling it changes no login other journeys use.
  const viewerPage = await newPage({ width: 1280 });
  let secret = null;
  const enrolled = { loginId: null, codes: [], lastTotpStep: 0 };
  await check('a new access activated while the second factor is mandatory must enroll: secret in groups of 4, app link', async () => {
    const email = 'eva.enrolment@example.be';
    const { createLogin } = await graphql(adminPage, 'mutation ($input: CreateLoginInput!) { createLogin(input: $input) { loginId } }', {
      input: { email, name: 'Eva Enrolment', profile: 'VIEWER' },
    });
    let mail = null;
    for (let i = 0; i < 40 && !mail; i++) {
      mail = (await ctx.mailbox()).find((m) => m.to.includes(email) && m.text.includes(createLogin.loginId));
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert(mail, `no activation e-mail to ${email}`);
    enrolled.loginId = createLogin.loginId;
    const temporaryPassword = mail.text.match(/(?:Mot de passe temporaire|Tijdelijk wachtwoord|Temporary password)\s*:\s*(\S+)/)?.[1];
    assert(temporaryPassword, 'no temporary password in the e-mail');
    await viewerPage.goto(`${baseUrl}/activate`);
    await viewerPage.getByLabel('Identifiant (9 chiffres)').fill(createLogin.loginId);
    await viewerPage.getByLabel('Mot de passe temporaire').fill(temporaryPassword);
    // #18 item 20: step 1 checks the temporary password, step 2 chooses the new one with every rule live
    await viewerPage.getByRole('button', { name: 'Continuer' }).click();
    await viewerPage.getByRole('heading', { name: 'Étape 2 sur 2 : votre mot de passe' }).waitFor();
    await viewerPage.getByLabel('Nouveau mot de passe', { exact: true }).fill(ACTIVATED_PASSWORD);
    await viewerPage.getByLabel('Confirmer le nouveau mot de passe').fill(ACTIVATED_PASSWORD);
    await viewerPage.getByText(/✓Pas un mot de passe courant/).waitFor({ timeout: 5000 });
    await viewerPage.getByRole('button', { name: 'Activer mon accès' }).click();
    await viewerPage.getByRole('heading', { level: 2, name: 'Configurer la vérification en deux étapes' }).waitFor();
    const grouped = (await viewerPage.locator('.shell-secret code').textContent()).trim();
    assert(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/.test(grouped), `secret not grouped in 4s: ${grouped}`);
    secret = grouped.replace(/\s/g, '');
    const href = await viewerPage
      .getByRole('link', { name: 'Ouvrir dans l’application d’authentification (sur ce téléphone)' })
      .getAttribute('href');
    assert(href?.startsWith('otpauth://totp/') && href.includes(`secret=${secret}`), `otpauth link: ${href}`);
    await everyLanguageAndWidth(viewerPage, 'enrollment', ctx);
  });

  await check('the first code shows the 10 recovery codes once, then the contracts tab', async () => {
    assert(secret, 'no secret');
    enrolled.lastTotpStep = Math.floor(Date.now() / 30_000); // a TOTP step is accepted once: see the switch below
    await viewerPage.getByLabel('Code à 6 chiffres').fill(totp(secret));
    await viewerPage.getByRole('button', { name: 'Confirmer' }).click();
    await viewerPage.getByRole('heading', { level: 2, name: 'Vos 10 codes de récupération' }).waitFor();
    const codes = await viewerPage.getByRole('list', { name: 'Codes de récupération' }).getByRole('listitem').allTextContents();
    assert(codes.length === 10 && new Set(codes).size === 10, `recovery codes: ${codes.join(', ')}`);
    enrolled.codes = codes;
    await everyLanguageAndWidth(viewerPage, 'recovery-codes', ctx);
    await viewerPage.getByRole('button', { name: 'Je les ai enregistrés' }).click();
    await viewerPage.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor();
  });

  await check('once enrolled, the second factor is required at the next sign-in (a recovery code works once)', async () => {
    assert(enrolled.loginId && enrolled.codes.length, 'nothing enrolled');
    const page = await newPage({ width: 390 });
    await page.goto(`${baseUrl}/`);
    await page.getByLabel(/^(Identifiant \(9 chiffres\)|Gebruikers-id \(9 cijfers\)|Login id \(9 digits\))$/).fill(enrolled.loginId);
    await page.getByLabel(/^(Mot de passe|Wachtwoord|Password)$/).fill(ACTIVATED_PASSWORD);
    await page.getByRole('button', { name: /^(Se connecter|Aanmelden|Sign in)$/ }).click();
    const code = page.getByLabel(/^(Code de vérification|Verificatiecode|Verification code)$/);
    await code.waitFor();
    await ctx.shot(page, '390px-second-factor-required');
    await code.fill(enrolled.codes[0].trim());
    await page.getByRole('button', { name: /^(Vérifier|Verifiëren|Verify)$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^(Contrats|Contracten|Contracts)$/ }).waitFor();
    await page.close();
  });

  await check('the administrator turns the mandatory second factor off again', async () => {
    await graphql(adminPage, 'mutation { setSecondFactorRequired(required: false) }');
  });

  await check(
    'linked logins: the switcher changes customer number, announces it, and shows the other customer’s contracts (ACC-11)',
    async () => {
      await graphql(adminPage, 'mutation ($input: LinkLoginInput!) { linkLogin(input: $input) { loginId } }', {
        input: { loginId: activated.login, password: ACTIVATED_PASSWORD },
      });
      await adminPage.reload();
      const switcher = adminPage.getByLabel('Changer de numéro client');
      await switcher.waitFor();
      const before = await adminPage.getByRole('rowheader').allTextContents();
      await switcher.selectOption(activated.login);
      await adminPage
        .getByRole('status')
        .filter({ hasText: words.switched('10000002') })
        .waitFor();
      await adminPage.getByText(words.customer('10000002')).waitFor();
      await adminPage.getByRole('table', { name: /^(Liste des contrats|Lijst van contracten|List of contracts)$/ }).waitFor();
      const after = await adminPage.getByRole('rowheader').allTextContents();
      assert(after.join() !== before.join(), `same contracts after the switch: ${after.join(', ')}`);
      await everyLanguageAndWidth(adminPage, 'customer-switch', ctx);
      // The menu is folded at 390 px: open it to see the switcher there.
      await adminPage.setViewportSize({ width: 390, height: 844 });
      await adminPage.getByRole('button', { name: 'Menu' }).click();
      await ctx.shot(adminPage, '390px-customer-switch-menu-fr');
      await adminPage.getByRole('button', { name: 'Menu' }).click();
      await adminPage.setViewportSize({ width: 1280, height: 900 });
      await switcher.selectOption(admin.login);
      await adminPage.getByText(/^Client 10000001 — /).waitFor();
    },
  );

  await check(
    '#11 §1: linking a login with a second factor needs its code; a new session switching into it is asked for the code, then lands in that customer (ACC-10, ACC-11)',
    async () => {
      assert(enrolled.loginId && secret && enrolled.codes.length > 1, 'nothing enrolled');
      // Scheldepoort Logistics' access links Eva's access of Constructions Mosanes (enrolled above).
      const linkPage = await newPage({ width: 1280 });
      await signInAsCustomer(linkPage, activated.login, ACTIVATED_PASSWORD);
      await linkPage.getByText(words.customer('10000002')).waitFor();
      const link = 'mutation ($input: LinkLoginInput!) { linkLogin(input: $input) { loginId } }';
      const withoutCode = await graphql(linkPage, link, { input: { loginId: enrolled.loginId, password: ACTIVATED_PASSWORD } }).then(
        () => 'linked',
        (error) => error.message,
      );
      assert(withoutCode.includes('"reason":"SECOND_FACTOR_REQUIRED"'), `linking without the code: ${withoutCode}`);
      await graphql(linkPage, link, {
        input: { loginId: enrolled.loginId, password: ACTIVATED_PASSWORD, secondFactorCode: enrolled.codes[1].trim() },
      });
      await linkPage.close();

      // A new session of the same person has not proven Eva's second factor: the switch asks for it.
      const page = await newPage({ width: 1280 });
      await signInAsCustomer(page, activated.login, ACTIVATED_PASSWORD);
      await page.getByText(words.customer('10000002')).waitFor();
      const switcher = page.getByLabel(words.switcher);
      await switcher.selectOption(enrolled.loginId);
      const dialog = page.getByRole('dialog', { name: words.dialog(enrolled.loginId) });
      await dialog.waitFor();
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'));
      assert(focused === 'one-time-code', `focus is not in the code field: ${focused}`);
      await page.getByText(words.customer('10000002')).waitFor(); // nothing switched yet
      await ctx.axeCheck(page, 'switch second-factor dialog (1280px)');
      await ctx.shot(page, '1280px-switch-code-dialog');

      // Escape closes it without switching; on a phone the switch sits in the folded menu: ask again there.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: 'Menu' }).click();
      await switcher.selectOption(enrolled.loginId);
      await dialog.waitFor();
      await ctx.shot(page, '390px-switch-code-dialog');
      const field = dialog.getByLabel(words.code);
      await field.fill('000000');
      await dialog.getByRole('button', { name: words.submit }).click();
      await dialog.getByRole('alert').filter({ hasText: words.wrongCode }).waitFor();
      await ctx.axeCheck(page, 'switch second-factor dialog, wrong code (390px)');
      await ctx.shot(page, '390px-switch-code-dialog-wrong');

      // The enrolment's TOTP step cannot be used again: wait for the next one if it is still current.
      while (Math.floor(Date.now() / 30_000) <= enrolled.lastTotpStep) await page.waitForTimeout(500);
      await dialog.getByLabel(words.code).fill(totp(secret));
      await dialog.getByRole('button', { name: words.submit }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(words.customer('10000001')).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: words.switched('10000001') })
        .waitFor();

      // Leave the links as the other journeys expect them.
      await page.setViewportSize({ width: 1280, height: 900 });
      await switcher.selectOption(activated.login);
      await page.getByText(words.customer('10000002')).waitFor();
      await graphql(page, 'mutation ($loginId: String!) { unlinkLogin(loginId: $loginId) { loginId } }', { loginId: enrolled.loginId });
      await page.close();
    },
  );

  await check('the language chosen while signed in is saved with the account (PRO-6)', async () => {
    await adminPage.getByLabel('Langue').selectOption('nl');
    await adminPage.getByRole('link', { name: 'Contracten' }).waitFor();
    await adminPage.waitForTimeout(500);
    const { me } = await graphql(adminPage, '{ me { language } }');
    assert(me.language === 'NL', `saved language: ${me.language}`);
    await adminPage.getByLabel('Taal').selectOption('fr');
    await adminPage.waitForTimeout(500);
    assert((await graphql(adminPage, '{ me { language } }')).me.language === 'FR', 'language not saved back to FR');
  });
}
