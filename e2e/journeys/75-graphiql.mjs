// Issue #20 §2 (API-1..5): GraphiQL at /graphql in development — completion and validation as you
// type, the documentation explorer and history, a query run with the portal's session cookie and
// the CSRF preflight header, and a token pasted in the headers editor that never reaches storage.
// The harness fails the journey on any CSP violation: GraphiQL runs under the explorer's own CSP.
export const title = 'GraphiQL at /graphql: completion, validation, run, docs, history, headers never stored';

const TOKEN = 'ccp_e2e_never_stored_0123456789';

/** The query editor's text as shown (Monaco renders lines as spans; non-breaking spaces → spaces). */
async function queryText(page) {
  return (await page.locator('.graphiql-query-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
}

async function replaceQuery(page, text) {
  await page.locator('.graphiql-query-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  // GraphiQL re-reads the operation (its name, for the request) shortly after an edit.
  await page.waitForTimeout(500);
}

async function execute(page) {
  // A completion list left open would cover the run button.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Execute query/ }).click();
}

async function responseText(page, contains) {
  const response = page.locator('.graphiql-response .view-lines');
  await response.filter({ hasText: contains }).waitFor({ timeout: 15_000 });
  return (await response.innerText()).replace(/\u00a0/g, ' ');
}

export async function run({ newPage, baseUrl, check, assert, shot, demoLogins, signInAsCustomer }) {
  const page = await newPage({ width: 1400, height: 900 });
  const posts = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') posts.push(request);
  });

  await check('GET /graphql in a browser opens GraphiQL, built into the project (no other origin)', async () => {
    const foreign = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== baseUrl && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(`${baseUrl}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    assert(foreign.length === 0, `requests to other origins: ${foreign.join(', ')}`);
  });

  await check('completion as you type offers a field of the schema, and accepting it completes the query', async () => {
    await replaceQuery(page, '{ __typ');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: '__typename' });
    await suggestion.first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    const text = await queryText(page);
    assert(/\{\s*__typename\s*\}?/.test(text), `query after completion: ${JSON.stringify(text)}`);
  });

  await check('validation as you type marks a field the schema does not have', async () => {
    await replaceQuery(page, '{ noSuchField }');
    await page.locator('.graphiql-query-editor .squiggly-error').first().waitFor({ timeout: 15_000 });
  });

  await check('runs { __typename } and shows the answer; the request is same-origin JSON with apollo-require-preflight', async () => {
    await replaceQuery(page, '{ __typename');
    const text = await queryText(page);
    assert(/^\{ __typename ?\}$/.test(text.trim()), `query typed: ${JSON.stringify(text)}`);
    posts.length = 0;
    await execute(page);
    const answer = await responseText(page, 'Query');
    assert(/"__typename": "Query"/.test(answer), `response: ${answer}`);
    const headers = posts.at(-1)?.headers() ?? {};
    assert(headers['apollo-require-preflight'] === 'true', `headers sent: ${JSON.stringify(headers)}`);
    assert(headers['content-type'] === 'application/json', `content-type: ${headers['content-type']}`);
  });

  await check('a token pasted in the headers editor is sent, and never stored (localStorage, after a run and a reload)', async () => {
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(`{"Authorization": "Bearer ${TOKEN}"`);
    await page.waitForTimeout(500);
    posts.length = 0;
    await execute(page);
    await responseText(page, '"');
    const sent = posts.at(-1)?.headers() ?? {};
    assert(sent.authorization === `Bearer ${TOKEN}`, `authorization sent: ${sent.authorization}`);
    const stored = () => page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)));
    await page.waitForTimeout(600); // GraphiQL writes its tabs and history debounced
    const afterRun = await stored();
    assert(afterRun.includes('__typename'), `GraphiQL stores its history: ${afterRun.slice(0, 300)}`);
    assert(!afterRun.includes(TOKEN), `the token is in localStorage: ${afterRun.slice(0, 600)}`);
    await page.reload();
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await page.waitForTimeout(600);
    assert(!(await stored()).includes(TOKEN), 'the token is in localStorage after a reload');
  });

  await check('the documentation explorer lists the schema’s root types; the history lists the query that ran', async () => {
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor({ timeout: 15_000 });
    await page
      .locator('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: 'Query' }).waitFor();
    await page.getByRole('button', { name: /Show History/ }).click();
    await page
      .locator('.graphiql-history-items .graphiql-history-item-label', { hasText: /__typename/ })
      .first()
      .waitFor();
  });

  await check('signed in to the portal, the same browser’s session cookie is sent: me answers the customer’s name', async () => {
    const customer = demoLogins.find((l) => /customer administrator/i.test(l.role)) ?? demoLogins[0];
    const signed = await newPage({ width: 1400, height: 900 });
    await signInAsCustomer(signed, customer.login, customer.password);
    await signed.goto(`${baseUrl}/graphql`);
    await signed.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await replaceQuery(signed, '{ me { kind name');
    await execute(signed);
    const answer = await responseText(signed, '"kind"');
    assert(/"kind": "CUSTOMER/.test(answer) || /"name": "[^"]+"/.test(answer), `me answered: ${answer}`);
    await signed.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await signed.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor({ timeout: 15_000 });
    await shot(signed, 'graphiql');
  });
}
