import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderProfilesTab } from '../../../test/render-tab';
import { ApiTokenListQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from '../api/tokens.operations';
import { curlExample, expiryBounds } from './token-dates';

const erp = {
  __typename: 'ApiTokenInfo' as const,
  id: 'T1',
  name: 'ERP export',
  profile: 'VIEWER' as const,
  displayPrefix: 'cc_7f3a',
  createdAt: '2026-01-10T08:00:00.000Z',
  expiresAt: '2027-01-10T00:00:00.000Z',
  lastUsedAt: '2026-11-25T14:02:00.000Z',
  revokedAt: null,
  createdBy: { __typename: 'TokenCreator' as const, loginId: '481516234', name: 'Anne Dupont', status: 'ACTIVE' as const },
};
const old = {
  ...erp,
  id: 'T0',
  name: 'Old script',
  displayPrefix: 'cc_11aa',
  lastUsedAt: null,
  revokedAt: '2026-06-01T12:00:00.000Z',
  createdBy: { __typename: 'TokenCreator' as const, loginId: '300200100', name: 'Léa Martin', status: 'DEACTIVATED' as const },
};
const list = (apiTokens: unknown[]) => ({ request: { query: ApiTokenListQuery }, result: { data: { apiTokens } } });

describe('integration accesses (PRO-5)', () => {
  it('computes the default expiry one year ahead, at most two', () => {
    expect(expiryBounds(new Date(2026, 10, 26))).toEqual({ min: '2026-11-27', max: '2028-11-26', initial: '2027-11-26' });
    expect(expiryBounds(new Date(2028, 1, 29)).initial).toBe('2029-02-28');
    expect(curlExample('https://portal.example', 'cc_secret')).toBe(
      `curl -s https://portal.example/graphql -H "Authorization: Bearer cc_secret" -H 'Content-Type: application/json' -d '{"query":"{ contracts(first: 5) { nodes { contractNumber } } }"}'`,
    );
  });

  it.each([
    [
      'fr',
      'Accès d’intégration',
      ['ERP export', 'Lecteur', 'cc_7f3a', 'Anne Dupont', '10/01/2027', '25/11/2026', 'Non', 'Révoquer — ERP export'],
      ['Le 01/06/2026', 'Léa Martin (accès désactivé)'],
    ],
    [
      'nl',
      'Integratietoegangen',
      ['ERP export', 'Lezer', 'cc_7f3a', 'Anne Dupont', '10/01/2027', '25/11/2026', 'Nee', 'Intrekken — ERP export'],
      ['Op 01/06/2026', 'Léa Martin (toegang gedeactiveerd)'],
    ],
    [
      'en',
      'Integration accesses',
      ['ERP export', 'Viewer', 'cc_7f3a', 'Anne Dupont', '10/01/2027', '25/11/2026', 'No', 'Revoke — ERP export'],
      ['On 01/06/2026', 'Léa Martin (access deactivated)'],
    ],
  ] as const)(
    'in %s lists name, profile, prefix, creator (#11 §5), expiry, last use and revocation',
    async (language, link, first, second) => {
      await renderProfilesTab({ section: 'profiles', path: '/tokens', language, mocks: [list([erp, old])] });
      await screen.findByRole('table');
      expect(screen.getByRole('link', { name: link }).getAttribute('aria-current')).toBe('page');
      const rows = within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
      expect(rows[0]).toEqual(first);
      expect([rows[1]?.[6], rows[1]?.[3]]).toEqual(second);
    },
  );

  it('shows a new token once with a copy button and a curl example, then revokes after confirmation', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { initial } = expiryBounds(new Date());
    const created = { ...erp, id: 'T2', name: 'Compta', displayPrefix: 'cc_abcd', lastUsedAt: null };
    await renderProfilesTab({
      section: 'profiles',
      language: 'en',
      path: '/tokens',
      mocks: [
        list([erp]),
        {
          request: { query: CreateApiTokenMutation, variables: { input: { name: 'Compta', profile: 'VIEWER', expiresOn: initial } } },
          result: { data: { createApiToken: { __typename: 'CreatedApiToken', token: 'cc_abcd_secret', apiToken: created } } },
        },
        list([erp, created]),
        {
          request: { query: RevokeApiTokenMutation, variables: { id: 'T2' } },
          result: { data: { revokeApiToken: { __typename: 'ApiTokenInfo', id: 'T2', revokedAt: '2026-11-26T10:00:00.000Z' } } },
        },
      ],
    });
    await screen.findByRole('table');
    expect((screen.getByLabelText('Last valid day') as HTMLInputElement).value).toBe(initial);
    await user.type(screen.getByLabelText('Name (to recognise it)'), 'Compta');
    await user.click(screen.getByRole('button', { name: 'Create the token' }));
    expect(await screen.findByText('Copy this token now: it will never be shown again.')).toBeTruthy();
    expect((screen.getByLabelText('Token') as HTMLInputElement).value).toBe('cc_abcd_secret');
    expect(screen.getByText(curlExample(window.location.origin, 'cc_abcd_secret'))).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy the token' }));
    expect(writeText).toHaveBeenCalledWith('cc_abcd_secret');
    expect(await screen.findByText('Token copied.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'I have copied the token' }));
    expect(screen.queryByText('cc_abcd_secret')).toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Revoke — Compta' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Revoke "Compta"? Software using it loses access at once.');
    await user.click(screen.getByRole('button', { name: 'Yes, revoke' }));
    expect(await screen.findByText('The access "Compta" is revoked.')).toBeTruthy();
  });
});
