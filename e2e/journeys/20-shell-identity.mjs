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
  const enrolled = { loginId: null, codes: [] };
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
        .filter({ hasText: /^Vous consultez maintenant le client \d{8} — .+\.$/ })
        .waitFor();
      await adminPage.getByText(/^Client 10000002 — /).waitFor();
      await adminPage.getByRole('table', { name: 'Liste des contrats' }).waitFor();
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
