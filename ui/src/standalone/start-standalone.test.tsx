import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { addTranslations } from '../i18n/add-translations';
import type { RemoteAppProps } from '../remote-contract';
import { createTestI18n } from '../test/test-i18n';
import { fetchAnnouncingSignedOut, SignedOutHint, standaloneCustomerViewer, StandaloneRoutes } from '../entries/standalone';

function ProbeApp({ basePath, section, viewer, customerServicesEmail }: RemoteAppProps) {
  return <p>{[basePath, section ?? '-', viewer?.profile ?? 'nobody', customerServicesEmail].join(' | ')}</p>;
}

async function renderRoutes(route: string, useViewer?: () => ReturnType<typeof standaloneCustomerViewer> | null) {
  render(
    <I18nextProvider i18n={await createTestI18n('fr')}>
      <MemoryRouter initialEntries={[route]}>
        <StandaloneRoutes
          RemoteApp={ProbeApp}
          mounts={[
            { basePath: '/documents', section: 'documents' },
            { basePath: '/leaflets', section: 'leaflets' },
          ]}
          useViewer={useViewer}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('the standalone page', () => {
  it('mounts the tab where the shell would, with nobody signed in by default', async () => {
    await renderRoutes('/leaflets/2026');
    expect(screen.getByText(/leaflets/).textContent).toBe('/leaflets | leaflets | nobody | customer.services@customer-corner.example');
  });

  it('sends any other address to the first mount', async () => {
    await renderRoutes('/somewhere/else');
    expect(screen.getByText(/documents/).textContent).toBe('/documents | documents | nobody | customer.services@customer-corner.example');
  });

  it('passes the viewer the tab asks for (REQ-5: viewers cannot submit)', async () => {
    await renderRoutes('/documents', () => standaloneCustomerViewer('VIEWER'));
    expect(screen.getByText(/documents/).textContent).toBe('/documents | documents | VIEWER | customer.services@customer-corner.example');
  });

  it('hints to sign in on the portal once the gateway answers UNAUTHENTICATED, and only then', async () => {
    const i18n = await createTestI18n('en');
    addTranslations(i18n, 'probe', { en: { standaloneSignIn: 'Sign in at {{url}} first.' } });
    const answers = [{ data: { me: null } }, { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async () => new Response(JSON.stringify(answers.shift()))) as typeof fetch;
    try {
      render(
        <I18nextProvider i18n={i18n}>
          <SignedOutHint namespace="probe" />
        </I18nextProvider>,
      );
      const first = await act(() => fetchAnnouncingSignedOut('/graphql'));
      expect(await first.json()).toEqual({ data: { me: null } });
      expect(screen.queryByRole('status')).toBeNull();
      expect(document.body.textContent).toBe('');
      const second = await act(() => fetchAnnouncingSignedOut('/graphql'));
      expect(second.status).toBe(200);
      expect(document.body.textContent).toBe('Sign in at http://127.0.0.1:4000 first.');
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
