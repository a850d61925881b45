// REQ-1..REQ-5, COM-1..COM-3, BO-2, BO-3 in the browser (issue #6 item 8), at 1280 px and 390 px:
// the demo administrator opens the bank-details form from the company information, sees a bad IBAN
// refused, attaches a small PDF and submits; the demo agent gives the first approval and the demo
// supervisor the second (four-eyes); the company information then shows the new masked IBAN with
// today's date; every administrator of the customer got the announcement in /dev/mailbox.json; the
// demo viewer sees no submit button and gets FORBIDDEN from submitChangeRequest called directly.
// axe on every screen, a screenshot of each.

export const title = 'Bank-details change request, four-eyes approval in the back office, company information (1280 px and 390 px)';

/** A Belgian IBAN for a 10-digit account body: national key = body mod 97 (00 → 97), then the ISO 7064 check. */
function belgianIban(body) {
  const rest = Number(BigInt(body) % 97n);
  const bban = body + String(rest === 0 ? 97 : rest).padStart(2, '0');
  const numeric = `${bban}111400`; // "BE00" moved to the end: B=11, E=14
  const check = 98 - Number(BigInt(numeric) % 97n);
  const iban = `BE${String(check).padStart(2, '0')}${bban}`;
  return { iban, spaced: iban.replace(/(.{4})(?=.)/g, '$1 '), masked: `BE•• •••• •••• ${iban.slice(-4)}` };
}

/** The smallest well-formed PDF: one empty page, with a correct cross-reference table. */
function minimalPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function graphql(page, query, variables = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}

export async function run({ newPage, baseUrl, check, axeCheck, shot, assert, demoLogins, mailbox, signInAsCustomer, signInAsStaff }) {
  const admin = demoLogins.find((l) => /administrator/i.test(l.role));
  const viewer = demoLogins.find((l) => /viewer/i.test(l.role));
  const agent = demoLogins.find((l) => /^agent/i.test(l.role));
  const supervisor = demoLogins.find((l) => /^supervisor/i.test(l.role));
  assert(admin && viewer && agent && supervisor, `demo-logins.json lacks a role: ${demoLogins.map((l) => l.role)}`);
  const pdf = minimalPdf();
  const accounts = { 1280: belgianIban('7350012345'), 390: belgianIban('0630098765') };

  for (const width of [1280, 390]) {
    const tag = `${width}px`;
    const account = accounts[width];
    const customer = await newPage({ width });
    let requestId = null;
    let reference = null;

    await check(`${tag} company information: every block, the IBAN masked, a change link per block`, async () => {
      await signInAsCustomer(customer, admin.login, admin.password);
      await customer.goto(`${baseUrl}/company`);
      await customer.getByRole('heading', { level: 1, name: 'Informations société' }).waitFor();
      const bank = customer.getByRole('region', { name: 'Compte bancaire' });
      const masked = await bank.getByText(/^BE•• •••• •••• \d{4}$/).textContent();
      assert(masked !== account.masked, 'the demo account already is the new one');
      assert((await customer.getByRole('link', { name: /^Demander une modification/ }).count()) === 6, 'not one change link per block');
      await axeCheck(customer, `company information ${tag}`);
      await shot(customer, `${tag}-company-before`);
    });

    await check(`${tag} bank-details form opened prefilled from the company page; a bad IBAN is refused with its reason`, async () => {
      await customer.getByRole('link', { name: 'Demander une modification — Compte bancaire' }).click();
      await customer.waitForURL(/\/requests\/new\?type=BANK_DETAILS/);
      await customer.getByText('Changement de coordonnées bancaires : contrôles renforcés').waitFor();
      await customer.getByText(/Tous les administrateurs de votre société en seront informés par e-mail/).waitFor();
      await customer.getByLabel('IBAN *').fill(account.spaced.slice(0, -1) + ((Number(account.spaced.slice(-1)) + 1) % 10));
      await customer.getByLabel('BIC *').fill('GKCCBEBB');
      await customer.getByLabel('Titulaire du compte *').fill('Constructions Mosanes');
      await customer.getByLabel('Votre mot de passe (confirmation) *').fill(admin.password);
      await customer.getByRole('button', { name: 'Envoyer la demande' }).click();
      await customer.getByText('Cet IBAN n’est pas valide : vérifiez les chiffres (contrôle modulo 97).').waitFor();
      await axeCheck(customer, `bank-details form with an error ${tag}`);
      await shot(customer, `${tag}-request-form-error`);
    });

    await check(`${tag} a PDF attached, the request submitted once (double click), its detail shown`, async () => {
      await customer.getByLabel('IBAN *').fill(account.spaced);
      await customer
        .getByLabel('Pièces justificatives')
        .setInputFiles({ name: 'attestation-bancaire.pdf', mimeType: 'application/pdf', buffer: pdf });
      await customer.getByText(/^attestation-bancaire\.pdf \(/).waitFor();
      await shot(customer, `${tag}-request-form-filled`);
      await customer.getByRole('button', { name: 'Envoyer la demande' }).dblclick();
      await customer.waitForURL(/\/requests\/[^/?]+$/);
      requestId = customer.url().split('/').pop();
      const heading = await customer.getByRole('heading', { level: 1, name: /^Demande / }).textContent();
      reference = heading.replace(/^Demande /, '');
      await customer.getByText(`Votre demande ${reference} a bien été introduite.`).waitFor();
      await customer.getByText(account.masked).waitFor();
      await customer.getByRole('link', { name: 'Télécharger attestation-bancaire.pdf' }).waitFor();
      await customer.evaluate(() => window.getSelection()?.removeAllRanges());
      await axeCheck(customer, `request detail ${tag}`);
      await shot(customer, `${tag}-request-detail`);
      await customer.getByRole('link', { name: 'Retour à mes demandes' }).click();
      await customer.getByRole('heading', { level: 1, name: 'Mes demandes' }).waitFor();
      const rows = customer.locator('tbody tr', { hasText: reference });
      await rows.first().waitFor();
      assert((await rows.count()) === 1, `the double click made ${await rows.count()} requests ${reference}`);
      await rows.getByText('Introduite').waitFor();
      await axeCheck(customer, `my requests ${tag}`);
      await shot(customer, `${tag}-requests-list`);
    });

    await check(`${tag} every administrator got the announcement by e-mail (REQ-4)`, async () => {
      const logins = await graphql(customer, '{ logins { email profile status } }');
      assert(!logins.errors, `logins: ${JSON.stringify(logins.errors)}`);
      const administrators = logins.data.logins
        .filter((l) => l.profile === 'ADMINISTRATOR' && l.status !== 'DEACTIVATED')
        .map((l) => l.email);
      assert(administrators.length > 0, 'no administrator listed');
      const mails = await mailbox();
      for (const email of administrators) {
        const mail = mails.find((m) => String(m.to).includes(email) && m.text.includes(reference));
        assert(mail, `no announcement of ${reference} to ${email}`);
        assert(/compte bancaire|bankrekening|bank account/i.test(mail.subject), `unexpected subject ${mail.subject}`);
        assert(mail.text.includes(account.masked), 'the announcement does not show the masked new IBAN');
      }
    });

    const agentPage = await newPage({ width });
    await check(`${tag} the agent finds the request in the queue and gives the first approval`, async () => {
      await signInAsStaff(agentPage, agent.login, agent.password);
      await agentPage.goto(`${baseUrl}/back-office`);
      await agentPage.getByRole('heading', { level: 1, name: 'File des demandes' }).waitFor();
      await agentPage.getByRole('link', { name: reference }).waitFor();
      await axeCheck(agentPage, `back-office queue ${tag}`);
      await shot(agentPage, `${tag}-backoffice-queue`);
      await agentPage.getByRole('link', { name: reference }).click();
      await agentPage.getByRole('heading', { level: 1, name: `Demande ${reference}` }).waitFor();
      await agentPage.getByRole('table', { name: 'Comparaison des données actuelles et demandées' }).getByText(account.spaced).waitFor();
      await agentPage.getByRole('link', { name: 'Télécharger attestation-bancaire.pdf' }).waitFor();
      await agentPage.getByText(/votre validation sera la première/).waitFor();
      await agentPage.getByRole('button', { name: 'Prendre en charge' }).click();
      await agentPage.getByText('Vous traitez maintenant cette demande.').waitFor();
      await agentPage.getByRole('button', { name: 'Donner la première validation' }).click();
      await agentPage.getByText('Première validation enregistrée. Un autre collaborateur doit encore valider.').waitFor();
      assert(await agentPage.getByRole('button', { name: 'Valider et appliquer' }).isDisabled(), 'the first approver may approve again');
      await axeCheck(agentPage, `back-office request after the first approval ${tag}`);
      await shot(agentPage, `${tag}-backoffice-first-approval`);
    });

    const supervisorPage = await newPage({ width });
    await check(`${tag} the supervisor gives the second approval and the change is applied`, async () => {
      await signInAsStaff(supervisorPage, supervisor.login, supervisor.password);
      await supervisorPage.goto(`${baseUrl}/back-office/requests/${requestId}`);
      await supervisorPage.getByText(/^Première validation donnée par /).waitFor();
      await supervisorPage.getByRole('button', { name: 'Valider et appliquer' }).click();
      await supervisorPage.getByText('La demande est validée et la modification appliquée.').waitFor();
      await supervisorPage.getByText('Cette demande est clôturée : plus aucune action n’est possible.').waitFor();
      await axeCheck(supervisorPage, `back-office request completed ${tag}`);
      await shot(supervisorPage, `${tag}-backoffice-completed`);
    });

    await check(`${tag} the company information shows the new masked IBAN and today's date (COM-3)`, async () => {
      await customer.goto(`${baseUrl}/company`);
      const bank = customer.getByRole('region', { name: 'Compte bancaire' });
      await bank.getByText(account.masked, { exact: true }).waitFor();
      const today = new Intl.DateTimeFormat('fr-BE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(),
      );
      await customer.getByText(`Dernière modification des données : ${today}`).waitFor();
      await axeCheck(customer, `company information after the change ${tag}`);
      await shot(customer, `${tag}-company-after`);
      await customer.goto(`${baseUrl}/requests/${requestId}`);
      await customer.getByText('Modification appliquée').waitFor();
      await shot(customer, `${tag}-request-completed`);
    });

    await check(`${tag} the viewer sees the requests without a submit button, and the gateway refuses it (REQ-5)`, async () => {
      const viewerPage = await newPage({ width });
      await signInAsCustomer(viewerPage, viewer.login, viewer.password);
      await viewerPage.goto(`${baseUrl}/requests`);
      await viewerPage.getByRole('heading', { level: 1, name: 'Mes demandes' }).waitFor();
      await viewerPage.getByText(/Votre profil « lecteur » permet de consulter les demandes/).waitFor();
      await viewerPage.getByRole('link', { name: reference }).waitFor();
      assert((await viewerPage.getByRole('link', { name: 'Nouvelle demande' }).count()) === 0, 'the viewer sees "Nouvelle demande"');
      await axeCheck(viewerPage, `my requests as a viewer ${tag}`);
      await shot(viewerPage, `${tag}-requests-viewer`);
      const answer = await graphql(
        viewerPage,
        'mutation ($input: SubmitChangeRequestInput!) { submitChangeRequest(input: $input) { id } }',
        { input: { type: 'OTHER', idempotencyKey: `viewer-${width}-${Date.now()}`, message: 'Une demande que je ne peux pas faire.' } },
      );
      assert(answer.errors?.[0]?.extensions?.code === 'FORBIDDEN', `expected FORBIDDEN, got ${JSON.stringify(answer)}`);
    });

    for (const page of [customer, agentPage, supervisorPage]) {
      assert(page.pageErrors().length === 0, `page errors: ${page.pageErrors().join(' | ')}`);
    }
  }
}
