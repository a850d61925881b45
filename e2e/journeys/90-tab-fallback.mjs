// Runtime composition (ARCHITECTURE "The front end"): a stopped tab falls back with retry while the
// others keep working; then every tab page and the language switch (NL) pass axe.
export const title = 'Tab fallback with retry, every tab page, the language switch';

export async function run({ newPage, check, axeCheck, shot, demoLogins, assert, signInAsCustomer, stopTab, startTab }) {
  const admin = demoLogins.find((l) => /customer administrator/i.test(l.role));
  assert(admin, 'demo-logins.json has no customer administrator');

  await check('a stopped tab shows its fallback with retry, other tabs keep working, retry recovers', async () => {
    await stopTab('contracts');
    const page = await newPage({ width: 1280 });
    await signInAsCustomer(page, admin.login, admin.password);
    await page.getByRole('heading', { name: 'Cet onglet est momentanément indisponible' }).waitFor({ timeout: 20_000 });
    await axeCheck(page, 'tab fallback');
    await shot(page, '1280px-tab-fallback');
    await page.getByRole('link', { name: 'Mes documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes documents' }).waitFor();
    await page.getByRole('link', { name: 'Contrats' }).click();
    await page.getByRole('heading', { name: 'Cet onglet est momentanément indisponible' }).waitFor({ timeout: 20_000 });
    await startTab('contracts');
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor({ timeout: 20_000 });
    await page.context().close();
  });

  await check('every tab page and the language switch (NL) have no serious axe violation', async () => {
    const page = await newPage({ width: 1280 });
    await signInAsCustomer(page, admin.login, admin.password);
    await page.getByRole('heading', { level: 1, name: 'Contrats' }).waitFor();
    for (const [path, title] of [
      ['/documents', 'Mes documents'],
      ['/requests', 'Mes demandes'],
      ['/company', 'Informations société'],
      ['/leaflets', 'Dépliants'],
      ['/profiles', 'Gestion des profils'],
    ]) {
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await axeCheck(page, path);
    }
    await page.getByLabel('Langue').selectOption('nl');
    await page.getByRole('link', { name: 'Contracten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contracten' }).waitFor();
    await axeCheck(page, 'contracts (nl)');
    await shot(page, '1280px-contracts-nl');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByText('U bent afgemeld.').waitFor();
    await page.context().close();
  });
}
