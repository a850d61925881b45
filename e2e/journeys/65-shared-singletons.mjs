// Issue #14 §4: the shell is the only provider of the shared singletons in the portal. The contracts
// tab is replaced by a build "from another commit" (scripts/build-tab-variant.mjs): its react-router
// subset lacks NavLink, Outlet and more, and it declares react-router 7.999.0, higher than the
// shell's. The tab must run on the shell's copy, and the shell must keep its own.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildTabVariant, variantVersion } from '../../scripts/build-tab-variant.mjs';

export const title = 'A tab built with another shared subset and a higher version does not replace the shell’s singletons';

/** Every registration of a shared package in the page's share scopes: version, provider, loaded, users. */
function registrations(page, pkgName) {
  return page.evaluate((name) => {
    const found = [];
    for (const scopes of Object.values(window.__FEDERATION__?.__SHARE__ ?? {})) {
      for (const [version, shared] of Object.entries(scopes?.default?.[name] ?? {})) {
        found.push({ version, from: shared.from, loaded: Boolean(shared.loaded || shared.lib), useIn: [...(shared.useIn ?? [])] });
      }
    }
    return found;
  }, pkgName);
}

export async function run({ newPage, baseUrl, check, assert, demoLogins, signInAsCustomer }) {
  const admin = demoLogins.find((l) => /customer administrator/i.test(l.role));
  assert(admin, 'demo-logins.json has no customer administrator');
  const variantDir = await buildTabVariant();

  await check('the shell keeps its react-router; the variant tab runs on it and renders', async () => {
    const page = await newPage({ width: 1280 });
    await page.goto(`${baseUrl}/sign-in`);
    // The remotes config as the shell reads it: inlined in index.html by the gateway, else /remotes.json
    // (a static host such as the stack's nginx, where every tab is a folder of the portal's own origin).
    const inline = (await page.locator('#cc-runtime-config').textContent())?.trim();
    const config = inline ? JSON.parse(inline) : await (await page.request.get(`${baseUrl}/remotes.json`)).json();
    // The contracts tab's folder: its own origin's root (development) or /tabs/contracts/<version>/.
    const tabBase = new URL('.', new URL(config.remotes.contracts, baseUrl));
    // Every file of the contracts tab comes from the variant's build.
    const served = [];
    const inTab = (url) => url.origin === tabBase.origin && url.pathname.startsWith(tabBase.pathname);
    await page.context().route(inTab, async (route) => {
      const path = `/${new URL(route.request().url()).pathname.slice(tabBase.pathname.length)}`;
      const file = join(variantDir, path);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      served.push(path);
      await route.fulfill({ path: file, headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-store' } });
    });

    await signInAsCustomer(page, admin.login, admin.password);
    await page.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor({ timeout: 20_000 });
    await page.getByRole('table', { name: 'Liste des contrats' }).waitFor({ timeout: 20_000 });
    assert(served.includes('/remoteEntry.js'), `the variant was not served: ${served.join(', ')}`);

    // The shell's rule runs inside the tab's own Module Federation runtime (built elsewhere).
    const tabPlugins = await page.evaluate(
      () =>
        window.__FEDERATION__?.__INSTANCES__?.find((instance) => instance.name === 'contracts')?.options.plugins.map((p) => p.name) ?? null,
    );
    assert(
      tabPlugins?.includes('customer-corner-shell-provides-shared'),
      `the tab's runtime does not apply the shell's sharing rule: ${JSON.stringify(tabPlugins)}`,
    );

    const routers = await registrations(page, 'react-router');
    const variant = routers.filter((r) => r.version === variantVersion);
    const shell = routers.filter((r) => r.from === 'shell' || r.useIn.includes('shell'));
    assert(variant.length > 0, `the variant's react-router ${variantVersion} is not in the share scope: ${JSON.stringify(routers)}`);
    assert(
      variant.every((r) => !r.loaded && !r.useIn.length),
      `the variant's react-router was loaded: ${JSON.stringify(routers)}`,
    );
    assert(
      shell.length > 0 && shell.every((r) => r.version !== variantVersion && r.loaded && r.useIn.includes('contracts')),
      `the contracts tab does not use the shell's react-router: ${JSON.stringify(routers)}`,
    );

    // The shell's navigation (NavLink, Outlet: not in the variant's subset) and the tab's own links work.
    await page.getByRole('link', { name: 'Mes documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes documents' }).waitFor();
    await page.getByRole('link', { name: 'Contrats' }).click();
    await page.getByRole('table', { name: 'Liste des contrats' }).waitFor();
    await page.getByRole('table', { name: 'Liste des contrats' }).getByRole('link').first().click();
    await page.waitForURL(/\/contracts\/[^/]+/);
    await page.locator('main h1').waitFor();
    assert(!page.pageErrors().length, `errors in the page: ${page.pageErrors().join(' | ')}`);
    await page.context().close();
  });
}
