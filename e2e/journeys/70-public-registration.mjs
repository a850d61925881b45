// ACC-8, BO-4, ACC-2 in the browser (issue #19 §5): a visitor follows the sign-in page's link to the
// public registration form, at 390 px with numbers that do not match (the enterprise number's mod-97
// check refuses a typo live) and at 1280 px with the demo customer 10000003's real numbers (it has no
// administrative contact and no login); both get the same confirmation and the same confirmation
// e-mail. The demo agent then rejects the first and verifies the second in the back office; the
// activation e-mail follows and the new administrator activates the access and sees the contracts.
// Then (issue #19 §6, CON-4) its leasing contract's amortization screen links the table's PDF, print
// view, XLSX and CSV, and each downloads. axe on every screen, a screenshot of each. It leaves no registration pending; only the demo
// customer 10000003, which no other journey uses, gains its contact and an administrator.

export const title = 'Public registration of the administrative contact, back-office verification, activation (390 px and 1280 px)';

const NEW_PASSWORD = 'Tramway-Lune-42!';
const CONFLUENT = {
  customerNumber: '10000003',
  contractNumber: 'LC-10000003-01',
  enterpriseNumber: '0421.578.430',
  contactName: 'Camille Dubois',
  email: 'camille.dubois@confluent.example',
  phone: '+32 81 22 33 44',
};
// Valid for the mod-97 check, but another company's number: the gateway answers the same.
const MISMATCH = { ...CONFLUENT, enterpriseNumber: '0403.170.701', contactName: 'Eve Autre', email: 'eve.autre@example.be' };

const LABELS = {
  customerNumber: 'Numéro client',
  contractNumber: 'Numéro d’un de vos contrats',
  enterpriseNumber: 'Numéro d’entreprise',
  contactName: 'Nom du contact administratif',
  email: 'Adresse e-mail du contact',
  phone: 'Téléphone du contact',
};
const CONFIRMATION =
  'Merci, votre inscription est envoyée.' +
  'Un e-mail de confirmation part vers l’adresse indiquée. Le Service Clients vérifie ces données : si elles correspondent à nos dossiers, la personne inscrite recevra son identifiant et un mot de passe temporaire par e-mail.';
const CHECKSUM_WORDS = 'Ce numéro d’entreprise n’est pas valide : 10 chiffres dont les deux derniers forment le contrôle modulo 97.';

async function fill(page, values) {
  for (const [field, label] of Object.entries(LABELS)) await page.getByLabel(label, { exact: true }).fill(values[field]);
}

/** The outbox worker sends on its own schedule: wait for the e-mail rather than for a fixed time. */
async function waitForMail(mailbox, matches, what) {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const mail = (await mailbox()).find(matches);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no ${what} in /dev/mailbox.json`);
}

export async function run({ newPage, baseUrl, check, axeCheck, shot, assert, mailbox, demoLogins, signInAsStaff }) {
  const agent = demoLogins.find((l) => l.login === 'agent@leasing.example');
  assert(agent, 'demo-logins.json has no agent');
  const confirmations = {};

  for (const [width, values] of [
    [390, MISMATCH],
    [1280, CONFLUENT],
  ]) {
    const tag = `${width}px`;
    const page = await newPage({ width, locale: 'fr' });
    await check(`${tag} the sign-in page links to the registration form`, async () => {
      await page.goto(`${baseUrl}/sign-in`);
      await page.getByRole('link', { name: 'Pas encore d’accès ? Inscrivez le contact administratif de votre société' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inscrire le contact administratif' }).waitFor();
      assert(new URL(page.url()).pathname === '/register', `the link went to ${page.url()}`);
      await axeCheck(page, `registration form ${tag}`);
      await shot(page, `${tag}-registration-form`);
    });

    await check(`${tag} the form refuses a missing field and a typo in the enterprise number before sending`, async () => {
      await page.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      await page.getByRole('alert').filter({ hasText: 'Corrigez les champs signalés.' }).waitFor();
      assert((await page.getByText('Ce champ est obligatoire.').count()) === 6, 'not every empty field says it is required');
      await fill(page, { ...values, enterpriseNumber: values.enterpriseNumber.replace(/\d$/, (d) => String((Number(d) + 1) % 10)) });
      await page.getByText(CHECKSUM_WORDS).waitFor();
      const invalid = await page.getByLabel(LABELS.enterpriseNumber, { exact: true }).getAttribute('aria-invalid');
      assert(invalid === 'true', 'the enterprise number is not marked invalid');
      await axeCheck(page, `registration form with errors ${tag}`);
      await shot(page, `${tag}-registration-errors`);
      await page.getByLabel(LABELS.enterpriseNumber, { exact: true }).fill(values.enterpriseNumber);
      assert((await page.getByText(CHECKSUM_WORDS).count()) === 0, 'the corrected enterprise number is still refused');
    });

    await check(`${tag} the form is sent and confirmed`, async () => {
      await page.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      const status = page.getByRole('status').filter({ hasText: 'Merci, votre inscription est envoyée.' });
      await status.waitFor();
      confirmations[width] = (await status.textContent())?.trim();
      assert(confirmations[width] === CONFIRMATION, `unexpected confirmation: ${confirmations[width]}`);
      await axeCheck(page, `registration sent ${tag}`);
      await shot(page, `${tag}-registration-sent`);
    });
  }

  await check('the same confirmation e-mail whether or not the numbers match, naming no company', async () => {
    const subject = "Nous avons bien reçu votre demande d'accès à Customer Corner";
    const mails = [];
    for (const values of [MISMATCH, CONFLUENT]) {
      mails.push(await waitForMail(mailbox, (m) => m.to === values.email && m.subject === subject, `confirmation to ${values.email}`));
    }
    const [eve, camille] = mails.map((m) => m.text.replace(/^Bonjour .*,/, 'Bonjour —,'));
    assert(eve === camille, 'the two confirmation e-mails differ beyond the name');
    assert(camille.includes('client 10000003'), 'the confirmation does not repeat the customer number');
    assert(!camille.includes('Confluent'), 'the confirmation names the company');
  });

  const staff = await newPage({ width: 1280, locale: 'fr' });
  await check('1280px the agent rejects the registration whose numbers do not match', async () => {
    await signInAsStaff(staff, agent.login, agent.password);
    await staff.goto(`${baseUrl}/back-office/registrations`);
    await staff.getByRole('heading', { level: 1, name: 'Inscriptions à vérifier' }).waitFor();
    const eve = staff.getByRole('region', { name: 'Eve Autre — Boulangeries du Confluent' });
    await eve.getByText('Données différentes de nos fichiers').waitFor();
    const camille = staff.getByRole('region', { name: 'Camille Dubois — Boulangeries du Confluent' });
    await camille.getByText('Données cohérentes avec nos fichiers').waitFor();
    await axeCheck(staff, 'back-office registrations');
    await shot(staff, '1280px-backoffice-registrations');
    await eve.getByLabel('Motif du refus').fill('Le numéro d’entreprise est celui d’une autre société.');
    await eve.getByRole('button', { name: 'Refuser l’inscription' }).click();
    await staff.getByText('Inscription refusée.').waitFor();
    await eve.waitFor({ state: 'detached' });
  });

  await check('1280px the agent verifies the matching registration: the access is created', async () => {
    const camille = staff.getByRole('region', { name: 'Camille Dubois — Boulangeries du Confluent' });
    await camille.getByRole('button', { name: 'Vérifier et créer l’accès' }).click();
    await staff.getByText('Accès créé pour Camille Dubois : l’e-mail d’activation est parti.').waitFor();
    await staff.getByText('Aucune inscription en attente.').waitFor();
    await axeCheck(staff, 'back-office registrations verified');
    await shot(staff, '1280px-backoffice-registration-verified');
  });

  let administrator = null;
  {
    const width = 1280;
    const tag = `${width}px`;
    await check(`${tag} the activation e-mail arrives and the new administrator activates the access`, async () => {
      const mail = await waitForMail(
        mailbox,
        (m) => m.to === CONFLUENT.email && m.subject === 'Votre accès à Customer Corner',
        `activation e-mail to ${CONFLUENT.email}`,
      );
      assert(mail.text.includes('Boulangeries du Confluent'), 'the activation e-mail does not name the company');
      const loginId = mail.text.match(/Identifiant\s*:\s*(\d{9})/)?.[1];
      const temporaryPassword = mail.text.match(/Mot de passe temporaire\s*:\s*(\S+)/)?.[1];
      assert(loginId && temporaryPassword, 'no login id or temporary password in the activation e-mail');
      const page = await newPage({ width, locale: 'fr' });
      await page.goto(`${baseUrl}/activate?lang=fr`);
      await page.getByLabel('Identifiant (9 chiffres)').fill(loginId);
      await page.getByLabel('Mot de passe temporaire').fill(temporaryPassword);
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.getByRole('heading', { name: 'Étape 2 sur 2 : votre mot de passe' }).waitFor();
      await page.getByText('Bonjour Camille Dubois, choisissez le mot de passe de votre accès pour Boulangeries du Confluent.').waitFor();
      await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD);
      await page.getByText(/✓Pas un mot de passe courant/).waitFor({ timeout: 5000 });
      await page.getByRole('button', { name: 'Activer mon accès' }).click();
      await page.getByText('Votre accès est activé. Bienvenue !').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor();
      await page.getByText('Client 10000003 — Boulangeries du Confluent').waitFor();
      await page.getByRole('rowheader', { name: CONFLUENT.contractNumber }).waitFor();
      await axeCheck(page, `contracts after registration ${tag}`);
      await shot(page, `${tag}-registration-activated-contracts`);
      administrator = page;
    });
  }

  // Issue #19 §6 (CON-4): the new administrator's leasing contract offers its table's own files.
  for (const width of [1280, 390]) {
    const tag = `${width}px`;
    await check(`${tag} the amortization screen links its PDF, print view, XLSX and CSV, which download`, async () => {
      assert(administrator, 'the access was not activated');
      await administrator.setViewportSize({ width, height: 900 });
      await administrator.goto(`${baseUrl}/contracts/${CONFLUENT.contractNumber}/amortization`);
      await administrator
        .getByRole('heading', { level: 1, name: `Tableau d’amortissement du contrat ${CONFLUENT.contractNumber}` })
        .waitFor();
      const card = administrator.getByRole('region', { name: 'Télécharger ou imprimer ce tableau' });
      const links = card.getByRole('link');
      const names = await links.allTextContents();
      assert(names.join('|') === 'PDF|Version imprimable|Excel (XLSX)|CSV', `links: ${names.join('|')}`);
      await axeCheck(administrator, `amortization downloads ${tag}`);
      await shot(administrator, `${tag}-amortization-downloads`);
      const expected = {
        PDF: 'application/pdf',
        'Version imprimable': 'text/html; charset=utf-8',
        'Excel (XLSX)': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        CSV: 'text/csv; charset=utf-8',
      };
      for (const name of names) {
        const href = await card.getByRole('link', { name, exact: true }).getAttribute('href');
        const answer = await administrator.request.get(`${baseUrl}${href}`);
        assert(answer.status() === 200, `${href} answered ${answer.status()}`);
        assert(answer.headers()['content-type'] === expected[name], `${href} is ${answer.headers()['content-type']}`);
        if (name === 'CSV') {
          const [header, first] = (await answer.text()).replace(/^\uFEFF/, '').split('\r\n');
          assert(header === "Période;Date d'échéance;Loyer HTVA;Intérêts;Capital;Capital restant;TVA;Total TVAC", `CSV header ${header}`);
          assert(/^1;\d\d\/\d\d\/\d{4};\d+,\d\d;/.test(first), `CSV first line ${first}`);
        }
      }
      if (width === 1280) {
        await card.getByRole('link', { name: 'Version imprimable' }).click();
        await administrator.getByText(CONFLUENT.contractNumber).first().waitFor();
        assert(administrator.url().endsWith(`/contracts/${CONFLUENT.contractNumber}/amortization/print`), administrator.url());
        await shot(administrator, `${tag}-amortization-print-view`);
      }
    });
  }
}
