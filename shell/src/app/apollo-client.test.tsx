import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { act, screen } from '@testing-library/react';
import { of } from 'rxjs';
import { ContractsProbeDocument } from '../test/probe-operation';
import { SignInDocument, SwitchCustomerDocument } from '../features/auth/api/identity.operations';
import { customerMe, meMock, renderShell } from '../test/render-shell';
import { sessionEvents } from '../features/auth/utils/session-events';
import { createSessionExpiryLink } from './apollo-client';

function clientAnswering(onExpired: () => void, extensions: Record<string, string> = { code: 'UNAUTHENTICATED' }) {
  const terminating = new ApolloLink(() => of({ errors: [{ message: 'Sign in first', extensions }] }));
  return new ApolloClient({ link: ApolloLink.from([createSessionExpiryLink(onExpired), terminating]), cache: new InMemoryCache() });
}

describe('session expiry (ACC-5), handled in one Apollo link', () => {
  it('reports an UNAUTHENTICATED answer to any operation of any tab', async () => {
    const expired = vi.fn();
    await clientAnswering(expired)
      .query({ query: ContractsProbeDocument })
      .catch(() => undefined);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('leaves a wrong password to the sign-in form', async () => {
    const expired = vi.fn();
    await clientAnswering(expired)
      .mutate({ mutation: SignInDocument, variables: { input: { loginId: '195503801', password: 'x' } } })
      .catch(() => undefined);
    expect(expired).not.toHaveBeenCalled();
  });

  // Issue #11 §1: the switch dialog asks for another login's code; its refusals must not sign this session out.
  it.each(['SECOND_FACTOR_REQUIRED', 'SECOND_FACTOR_INVALID'])(
    'leaves %s about another login’s code to the form that asked',
    async (reason) => {
      const expired = vi.fn();
      await clientAnswering(expired, { code: 'UNAUTHENTICATED', reason })
        .mutate({ mutation: SwitchCustomerDocument, variables: { loginId: '195503801', secondFactorCode: '000000' } })
        .catch(() => undefined);
      expect(expired).not.toHaveBeenCalled();
    },
  );

  it('still reports a switch refused because the session itself ended', async () => {
    const expired = vi.fn();
    await clientAnswering(expired, { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' })
      .mutate({ mutation: SwitchCustomerDocument, variables: { loginId: '195503801' } })
      .catch(() => undefined);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('sends a signed-in user back to sign-in with a clear message', async () => {
    await renderShell({ route: '/contracts', mocks: [meMock(customerMe)] });
    expect(await screen.findByText('tab:contracts /contracts')).toBeTruthy();
    act(() => sessionEvents.expired());
    expect(await screen.findByText('Votre session a expiré. Reconnectez-vous pour continuer.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
  });
});
