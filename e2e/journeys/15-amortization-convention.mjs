// #12 §3 (CON-4): an in-advance contract's amortization table as the customer sees it, in FR, NL and EN
// at 1280 px and 390 px: the convention is stated, the first rent (paid at signing) carries no
// interest, the purchase option is the last line and the outstanding capital ends at 0; the PDF of the
// issued table downloads. Axe on every screen.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { artifacts } from '../lib/harness.mjs';

export const title = 'Amortization table in advance: convention, first rent all capital, purchase option last (FR/NL/EN, 1280/390 px)';

const CONTRACT = 'LC-10000001-01'; // Constructions Mosanes: quarterly, in advance, residual value 2 %

const TEXTS = {
  fr: {
    convention: /^Convention Terme à échoir \(en début de période\) · loyers trimestriels · taux nominal annuel 4,35\s% ÷ 4$/,
    caption: `Échéances du contrat ${CONTRACT}`,
    option: 'Option d’achat',
  },
  nl: {
    convention: /^Conventie Vooraf \(begin van de periode\) · driemaandelijkse huurtermijnen · nominale jaarrente 4,35\s% ÷ 4$/,
    caption: `Termijnen van contract ${CONTRACT}`,
    option: 'Aankoop\u00adoptie',
  },
  en: {
    convention: /^Convention In advance \(start of each period\) · quarterly rents · nominal annual rate 4[.,]35\s?% ÷ 4$/,
    caption: `Installments of contract ${CONTRACT}`,
    option: 'Purchase option',
  },
};

export async function run({ newPage, baseUrl, check, axeCheck, shot, assert, demoLogins, signInAsCustomer }) {
  const viewer = demoLogins.find((l) => l.role === 'Customer viewer');
  assert(viewer, 'demo-logins.json has no customer viewer');

  for (const locale of ['fr', 'nl', 'en']) {
    for (const width of [1280, 390]) {
      const tag = `${width}px-${locale}`;
      const page = await newPage({ width, locale });
      await check(`${tag} in-advance amortization table of ${CONTRACT}`, async () => {
        await page.goto(`${baseUrl}/sign-in`);
        await signInAsCustomer(page, viewer.login, viewer.password);
        // #18 item 3: once signed in, the account's language wins over the browser's, so the language
        // is chosen in the header at 1280 px (saved with the account, which the 390 px page then
        // opens in; set back to French at the end).
        if (width === 1280) await chooseSavedLanguage(page, locale, assert);
        await page.goto(`${baseUrl}/contracts/${CONTRACT}/amortization`);
        const text = TEXTS[locale];
        const table = page.getByRole('table', { name: text.caption });
        await table.waitFor();
        const paragraphs = await page.locator('main p').allTextContents();
        assert(
          paragraphs.some((p) => text.convention.test(p.trim())),
          `no convention line: ${paragraphs.join(' / ')}`,
        );
        const body = table.locator('tbody tr');
        const rows = await body.count();
        assert(rows === 21, `${rows} lines instead of 20 rents and the purchase option`);
        const first = await body.nth(0).locator('th, td').allTextContents();
        assert(first[0] === '1' && /^(€\s?)?0[,.]00(\s€)?$/.test(first[3].trim()), `first rent: ${first.join(' | ')}`);
        const last = await body.nth(20).locator('th, td').allTextContents();
        assert(last[0] === text.option, `last line: ${last.join(' | ')}`);
        assert(/^(€\s?)?0[,.]00(\s€)?$/.test(last[5].trim()), `outstanding after the option: ${last[5]}`);
        await axeCheck(page, `amortization table in advance (${tag})`);
        await shot(page, `${tag}-amortization-in-advance`);
        if (width === 390) {
          const by = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert(by <= 0, `page scrolls sideways by ${by}px at 390 px`);
        }
      });
      if (locale === 'fr' && width === 1280) {
        await check(`${tag} the issued table's PDF downloads`, async () => {
          const answer = await page.evaluate(async () => {
            const response = await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                query: '{ documents(filter: { kinds: [AMORTIZATION_TABLE], issuedFrom: "2000-01-01" }) { nodes { number pdfUrl } } }',
              }),
            });
            return response.json();
          });
          const document = answer.data?.documents.nodes.find((d) => d.number === `AT-${CONTRACT}`);
          assert(document, `no AT-${CONTRACT}: ${JSON.stringify(answer)}`);
          const response = await page.request.get(`${baseUrl}${document.pdfUrl}`);
          assert(response.status() === 200, `PDF answered ${response.status()}`);
          const bytes = await response.body();
          assert(bytes.subarray(0, 5).toString() === '%PDF-', 'not a PDF');
          await writeFile(join(artifacts, `AT-${CONTRACT}.pdf`), bytes);
        });
      }
    }
  }
  await check('the viewer’s language is set back to French for the journeys after this one', async () => {
    const page = await newPage({ width: 1280, locale: 'fr' });
    await page.goto(`${baseUrl}/sign-in`);
    await signInAsCustomer(page, viewer.login, viewer.password);
    await chooseSavedLanguage(page, 'fr', assert);
    await page.close();
  });
}

/** Picks the language in the header and waits until the gateway has saved it with the account. */
async function chooseSavedLanguage(page, locale, assert) {
  await page
    .getByLabel(/^(Langue|Taal|Language)$/)
    .first()
    .selectOption(locale);
  const savedLanguage = () =>
    page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { language } }' }),
      });
      return (await response.json()).data?.me?.language;
    });
  for (let tries = 0; (await savedLanguage()) !== locale.toUpperCase(); tries += 1) {
    assert(tries < 20, `the language ${locale} was not saved with the account`);
    await page.waitForTimeout(250);
  }
}
