import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerMe, fakeTab, meMock, renderShell } from '../../../test/render-shell';
import { RemoteUnavailableError } from '../utils/remote-loader';
import type { TabLoader } from './remote-tab';

describe('a tab that fails (runtime composition)', () => {
  it('shows a translated fallback with retry while the other tabs keep working', async () => {
    const user = userEvent.setup();
    let contractsUp = false;
    const loader: TabLoader = async (name) => {
      if (name === 'contracts' && !contractsUp) throw new RemoteUnavailableError('contracts');
      return { RemoteApp: fakeTab(`tab:${name}`) };
    };
    await renderShell({ route: '/contracts', mocks: [meMock(customerMe)], loader });
    expect(await screen.findByRole('heading', { name: 'Cet onglet est momentanément indisponible' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Mes documents' }));
    expect(await screen.findByText('tab:documents /documents documents')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Contrats' }));
    expect(await screen.findByRole('heading', { name: 'Cet onglet est momentanément indisponible' })).toBeTruthy();
    contractsUp = true;
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
  });

  it('catches a tab that throws while rendering', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const loader: TabLoader = async () => ({
      RemoteApp: () => {
        throw new Error('boom');
      },
    });
    await renderShell({ route: '/requests', language: 'nl', mocks: [meMock({ ...customerMe, language: 'NL' })], loader });
    expect(await screen.findByRole('heading', { name: 'Er ging iets mis in dit tabblad' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeTruthy();
  });
});
