// PRO-1..PRO-5, PRO-8, ACC-10/11 in the browser at 1280 px and 390 px, with axe on every screen:
// the administrator creates a viewer access, the new user activates from the e-mail and sees the contracts
// but no "create an access" button (PRO-4); the administrator creates an integration token, which reads the
// customer's contracts over GraphQL until it is revoked (PRO-5, API-1).
export const title = 'Profile management: a new viewer access and an integration token, at 1280 px and 390 px';

const NEW_PASSWORD = 'Tramway-Lune-42!';
const CONTRACTS_QUERY = '{ contracts(first: 5) { nodes { contractNumber } } }';

async function noSidewaysScroll(page, assert) {
  const overflow = await page.evaluate(() => ({
    by: document.documentElement.scrollWidth - window.innerWidth,
    wide: [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
  assert(overflow.by <= 0, `page scrolls sideways by ${overflow.by}px at 390 px: ${overflow.wide.join(', ')}`);
}

async function waitForMail(mailbox, to) {
  for (let i = 0; i < 40; i += 1) {
    const mail = (await mailbox()).find((m) => m.to === to);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}

export async function run({ newPage, baseUrl, check, axeCheck, shot, assert, mailbox, demoLogins, signInAsCustomer }) {
  const admin = demoLogins.find((l) => /customer administrator/i.test(l.role));
  assert(admin, 'demo-logins.json has no customer administrator');
  const graphql = (token) =>
    fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: CONTRACTS_QUERY }),
    }).then(async (response) => ({ status: response.status, body: await response.json().catch(() => null) }));

  for (const width of [1280, 390]) {
    const tag = `${width}px`;
    const page = await newPage({ width });
    const email = `viewer.${width}@e2e.example`;
    const name = width === 1280 ? 'Sofie Claes' : 'Jan Wouters';

    await check(`${tag} administrator sees the company's logins`, async () => {
      await page.goto(`${baseUrl}/profiles`);
      await signInAsCustomer(page, admin.login, admin.password);
      if (!/\/profiles/.test(page.url())) await page.goto(`${baseUrl}/profiles`);
      await page.getByRole('heading', { level: 1, name: 'Gestion des profils' }).waitFor();
      await page.getByRole('table', { name: 'Accès de la société' }).waitFor();
      const names = await page.getByRole('rowheader').allTextContents();
      assert(names.length > 0, 'no login listed');
      await page.getByRole('checkbox', { name: 'Double authentification obligatoire pour tous les accès' }).waitFor();
      await axeCheck(page, 'logins');
      await shot(page, `${tag}-profiles-logins`);
      if (width === 390) await noSidewaysScroll(page, assert);
    });

    await check(`${tag} administrator creates a viewer access (PRO-2)`, async () => {
      await page.getByRole('button', { name: 'Créer un accès' }).click();
      await page.getByLabel('Nom et prénom').fill(name);
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Profil', { exact: true }).selectOption('VIEWER');
      await axeCheck(page, 'create access form');
      await shot(page, `${tag}-profiles-create-access`);
      await page.getByRole('button', { name: 'Créer l’accès' }).click();
      await page.getByText(`L’accès de ${name} est créé : un e-mail d’activation est parti vers ${email}.`).waitFor();
      await page.getByRole('rowheader', { name }).waitFor();
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
      assert((await row.textContent()).includes('En attente d’activation'), 'the new access is not pending activation');
      await row.getByRole('button', { name: `Renvoyer l’activation — ${name}` }).waitFor();
    });

    if (width === 1280) {
      await check(`${tag} the new viewer activates from the e-mail, sees contracts and no "create an access"`, async () => {
        const mail = await waitForMail(mailbox, email);
        assert(mail, `no activation e-mail for ${email}`);
        const loginId = mail.text.match(/(?:Identifiant|Gebruikers-id|Login id)\s*:\s*(\d{9})/)?.[1];
        const temporaryPassword = mail.text.match(/(?:Mot de passe temporaire|Tijdelijk wachtwoord|Temporary password)\s*:\s*(\S+)/)?.[1];
        assert(loginId && temporaryPassword, 'no login id or temporary password in the e-mail');
        const viewerPage = await newPage({ width });
        await viewerPage.goto(`${baseUrl}/activate`);
        await viewerPage.getByLabel('Identifiant (9 chiffres)').fill(loginId);
        await viewerPage.getByLabel('Mot de passe temporaire').fill(temporaryPassword);
        // #18 item 20: step 1 checks the temporary password, step 2 chooses the new one with every rule live
        await viewerPage.getByRole('button', { name: 'Continuer' }).click();
        await viewerPage.getByRole('heading', { name: 'Étape 2 sur 2 : votre mot de passe' }).waitFor();
        await viewerPage.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
        await viewerPage.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD);
        await viewerPage.getByText(/✓Pas un mot de passe courant/).waitFor({ timeout: 5000 });
        await viewerPage.getByRole('button', { name: 'Activer mon accès' }).click();
        await viewerPage.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor();
        await viewerPage.getByRole('table', { name: 'Liste des contrats' }).waitFor();
        assert((await viewerPage.getByRole('rowheader').count()) > 0, 'the viewer sees no contract');
        await viewerPage.goto(`${baseUrl}/profiles`);
        await viewerPage.getByRole('table', { name: 'Accès de la société' }).waitFor();
        await viewerPage
          .getByText('Votre profil « lecteur » permet de consulter la liste des accès, pas de la modifier.', { exact: false })
          .waitFor();
        assert((await viewerPage.getByRole('button', { name: 'Créer un accès' }).count()) === 0, 'a viewer sees "create an access"');
        await axeCheck(viewerPage, 'logins (viewer)');
        await shot(viewerPage, `${tag}-profiles-viewer`);
        await viewerPage.context().close();
      });
    }

    let token = null;
    await check(`${tag} administrator creates an integration token, shown once with a curl example (PRO-5)`, async () => {
      await page.getByRole('link', { name: 'Accès d’intégration' }).click();
      await page.getByRole('heading', { name: 'Créer un accès d’intégration' }).waitFor();
      await page.getByLabel('Nom (pour le reconnaître)').fill(`ERP ${tag}`);
      await page.getByRole('button', { name: 'Créer le jeton' }).click();
      await page.getByText('Copiez ce jeton maintenant : il ne sera plus jamais affiché.').waitFor();
      token = await page.getByLabel('Jeton', { exact: true }).inputValue();
      assert(token.length > 20, `token: ${token}`);
      const curl = await page.locator('pre code').textContent();
      assert(curl.includes(`curl -s ${baseUrl}/graphql -H "Authorization: Bearer ${token}"`), `curl example: ${curl}`);
      await page.getByRole('rowheader', { name: `ERP ${tag}` }).waitFor();
      await axeCheck(page, 'integration accesses with a new token');
      await shot(page, `${tag}-profiles-token`);
      if (width === 390) await noSidewaysScroll(page, assert);
    });

    await check(`${tag} the token reads the customer's contracts, and gets UNAUTHENTICATED once revoked`, async () => {
      assert(token, 'no token');
      const before = await graphql(token);
      const numbers = before.body?.data?.contracts?.nodes?.map((n) => n.contractNumber) ?? [];
      assert(numbers.length > 0, `no contract with the token: ${JSON.stringify(before.body)}`);
      await page.getByRole('button', { name: 'J’ai copié le jeton' }).click();
      await page.getByRole('button', { name: `Révoquer — ERP ${tag}` }).click();
      await page.getByText(`Révoquer « ERP ${tag} » ?`, { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Oui, révoquer' }).click();
      await page.getByText(`L’accès « ERP ${tag} » est révoqué.`).waitFor();
      const after = await graphql(token);
      assert(
        after.body?.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
        `after revocation: ${after.status} ${JSON.stringify(after.body)}`,
      );
      await axeCheck(page, 'integration accesses after revocation');
    });

    await check(`${tag} my settings: password rules, preferences, personal data, audit log`, async () => {
      await page.getByRole('link', { name: 'Mes paramètres' }).click();
      await page.getByRole('heading', { name: 'Changer mon mot de passe' }).waitFor();
      await page.getByText('Au moins 1 lettre majuscule').waitFor();
      const href = await page.getByRole('link', { name: 'Télécharger mes données personnelles (JSON)' }).getAttribute('href');
      assert(href === '/me/personal-data.json', `personal data link: ${href}`);
      await page.getByRole('table', { name: 'Journal d’audit, du plus récent au plus ancien' }).waitFor();
      await axeCheck(page, 'my settings');
      await shot(page, `${tag}-profiles-settings`);
      if (width === 390) await noSidewaysScroll(page, assert);
    });

    await check(`${tag} no uncaught error in the page`, async () => assert(page.pageErrors().length === 0, page.pageErrors().join('\n')));
    await page.context().close();
  }
}
