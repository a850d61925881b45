import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anne, lea, login, loginList } from '../../../test/profiles-fixtures';
import { renderProfilesTab } from '../../../test/render-tab';
import { DeactivateLoginMutation, LoginListQuery, TokensCreatedByQuery } from '../api/logins.operations';

/** Issue #11 §5 (PRO-3, PRO-5): deactivating a login shows the integration tokens it created; revoke (default) or keep. */
const paul = login({ id: 'L4', loginId: '765432109', name: 'Paul Lenoir', profile: 'ADMINISTRATOR' });
const list = () => ({ request: { query: LoginListQuery }, result: { data: loginList([anne, paul, lea]) } });
const token = (id: string, name: string, prefix: string, revokedAt: string | null = null) => ({
  __typename: 'ApiTokenInfo' as const,
  id,
  name,
  displayPrefix: prefix,
  expiresAt: '2099-06-30T21:59:59.999Z',
  revokedAt,
});
const paulsTokens = {
  request: { query: TokensCreatedByQuery, variables: { loginId: '765432109' } },
  result: {
    data: {
      apiTokens: [token('T1', 'Export comptable', 'ccp_Ab12Cd'), token('T2', 'Ancien ERP', 'ccp_Zz99Yy', '2026-10-01T08:00:00.000Z')],
    },
  },
};
const deactivated = (createdTokens: 'REVOKE' | 'KEEP') => ({
  request: { query: DeactivateLoginMutation, variables: { loginId: '765432109', createdTokens } },
  result: { data: { deactivateLogin: { __typename: 'Login', id: 'L4', status: 'DEACTIVATED' } } },
});

describe('#11 §5 deactivating a login and the integration tokens it created', () => {
  it('lists the tokens that still work, revokes them by default, and says so', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({ section: 'profiles', mocks: [list(), paulsTokens, deactivated('REVOKE'), list()] });
    await user.click(await screen.findByRole('button', { name: 'Désactiver — Paul Lenoir' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Désactiver l’accès de Paul Lenoir ?' });
    expect(await within(dialog).findByText('Paul Lenoir a créé un accès d’intégration encore valable :')).toBeTruthy();
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Export comptable (ccp_Ab12Cd, expiration 30/06/2099)']);
    expect((within(dialog).getByRole('radio', { name: 'Les révoquer en même temps (recommandé)' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver l’accès' }));
    expect(
      await screen.findByText('L’accès de Paul Lenoir est désactivé, et l’accès d’intégration qu’il avait créé est révoqué.'),
    ).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps them when the administrator chooses so', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({ section: 'profiles', language: 'en', mocks: [list(), paulsTokens, deactivated('KEEP'), list()] });
    await user.click(await screen.findByRole('button', { name: 'Deactivate — Paul Lenoir' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Deactivate the access of Paul Lenoir?' });
    await user.click(await within(dialog).findByRole('radio', { name: 'Keep them working: the software using them carries on' }));
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate the access' }));
    expect(
      await screen.findByText('The access of Paul Lenoir is deactivated; the integration accesses it created keep working.'),
    ).toBeTruthy();
  });

  it('cancelling changes nothing', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({ section: 'profiles', language: 'nl', mocks: [list(), paulsTokens] });
    await user.click(await screen.findByRole('button', { name: 'Deactiveren — Paul Lenoir' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'De toegang van Paul Lenoir deactiveren?' });
    expect(await within(dialog).findByText('Paul Lenoir heeft één integratietoegang aangemaakt die nog geldig is:')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('status', { name: /gedeactiveerd/ })).toBeNull();
  });
});
