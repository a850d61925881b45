import { screen } from '@testing-library/react';
import { renderProfilesTab } from '../test/render-tab';

describe('mf-profiles, profile management section (coming soon, no fake data)', () => {
  it.each([
    ['fr', 'Gestion des profils', 'Bientôt disponible'],
    ['nl', 'Profielbeheer', 'Binnenkort beschikbaar'],
    ['en', 'Profile management', 'Coming soon'],
  ] as const)('in %s shows the heading "%s" and "%s"', async (language, heading, badge) => {
    await renderProfilesTab({ section: 'profiles', language });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
    expect(screen.getByText(badge)).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
  });
});
