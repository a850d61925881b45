import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import {
  ActivateAccessDocument,
  PasswordProblemsDocument,
  VerifyActivationCredentialsDocument,
  SignInDocument,
  StaffSignInDocument,
  VerifySecondFactorDocument,
} from '../api/identity.operations';
import type { TabLoader } from '../../remotes/components/remote-tab';
import { customerMe, meMock, renderShell, staffMe } from '../../../test/render-shell';

/** A tab stand-in that shows the full address it was opened at. */
function WhereAmI() {
  const location = useLocation();
  return <p>{`at ${location.pathname}${location.search}`}</p>;
}
const addressLoader: TabLoader = async () => ({ RemoteApp: WhereAmI });

const credentials = { input: { loginId: '354207527', password: 'Hangar-Bleu-2026!' } };
const deepLink = '/contracts/LC-10000001-02/amortization';

async function typeCredentials(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Login id (9 digits)'), credentials.input.loginId);
  await user.type(screen.getByLabelText('Password'), credentials.input.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the page asked for survives sign-in (#18 item 2, ACC-5, ACC-10)', () => {
  it('returns to a contract’s amortization table after the password and the second factor', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: deepLink,
      language: 'en',
      loader: addressLoader,
      mocks: [
        meMock(null),
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'SECOND_FACTOR_REQUIRED', me: null } } },
        },
        {
          request: { query: VerifySecondFactorDocument, variables: { code: '123456' } },
          result: { data: { verifySecondFactor: { __typename: 'SignInResult', status: 'SIGNED_IN', me: customerMe } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'First time here? Activate your access' }).getAttribute('href')).toBe(
      '/activate?next=%2Fcontracts%2FLC-10000001-02%2Famortization',
    );
    await typeCredentials(user);
    await user.type(await screen.findByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText(`at ${deepLink}`)).toBeTruthy();
  });

  it('returns to /company, the link of an e-mail, straight after the password', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/company',
      language: 'en',
      loader: addressLoader,
      mocks: [
        meMock(null),
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'SIGNED_IN', me: customerMe } } },
        },
      ],
    });
    await typeCredentials(user);
    expect(await screen.findByText('at /company')).toBeTruthy();
  });

  it('ignores a return path that leaves the portal', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/sign-in?next=%2F%2Fevil.example%2Fcontracts',
      language: 'en',
      loader: addressLoader,
      mocks: [
        meMock(null),
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'SIGNED_IN', me: customerMe } } },
        },
      ],
    });
    await typeCredentials(user);
    expect(await screen.findByText('at /contracts')).toBeTruthy();
  });

  it('returns to /requests after activating from the sign-in page’s link', async () => {
    const user = userEvent.setup();
    const password = 'Tramway-Lune-42!';
    localStorage.clear(); // no language saved on this device by the tests before
    await renderShell({
      route: '/requests',
      language: 'en',
      loader: addressLoader,
      mocks: [
        meMock(null),
        {
          request: {
            query: VerifyActivationCredentialsDocument,
            variables: { input: { loginId: '354207527', temporaryPassword: '5jJhxSYLJtHHaN' } },
          },
          result: {
            data: {
              verifyActivationCredentials: {
                __typename: 'ActivationCredentials',
                personName: 'Claire Lambert',
                companyName: 'Atelier Lambert',
                correspondenceLanguage: 'EN',
              },
            },
          },
        },
        {
          request: { query: PasswordProblemsDocument, variables: { password, loginId: '354207527' } },
          result: { data: { passwordProblems: [] } },
        },
        {
          request: {
            query: ActivateAccessDocument,
            variables: { input: { loginId: '354207527', temporaryPassword: '5jJhxSYLJtHHaN', newPassword: password } },
          },
          result: { data: { activateAccess: { __typename: 'SignInResult', status: 'SIGNED_IN', me: customerMe } } },
        },
      ],
    });
    await user.click(await screen.findByRole('link', { name: 'First time here? Activate your access' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Activate your access' })).toBeTruthy();
    await user.type(await screen.findByLabelText('Login id (9 digits)'), '354207527');
    await user.type(screen.getByLabelText('Temporary password'), '5jJhxSYLJtHHaN');
    // #18 item 20: step 1 checks the temporary password, step 2 chooses the new one
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('New password'), password);
    await user.type(screen.getByLabelText('Confirm the new password'), password);
    await user.click(screen.getByRole('button', { name: 'Activate my access' }));
    expect(await screen.findByText('at /requests')).toBeTruthy();
  });

  it('sends a back-office deep link to the staff sign-in and back to it after the second factor', async () => {
    const user = userEvent.setup();
    await renderShell({
      route: '/back-office/requests/r1',
      language: 'en',
      loader: addressLoader,
      mocks: [
        meMock(null),
        {
          request: {
            query: StaffSignInDocument,
            variables: { input: { email: 'agent@leasing.example', password: 'Service-Client-2026!' } },
          },
          result: { data: { staffSignIn: { __typename: 'SignInResult', status: 'SECOND_FACTOR_REQUIRED', me: null } } },
        },
        {
          request: { query: VerifySecondFactorDocument, variables: { code: '000000' } },
          result: { data: { verifySecondFactor: { __typename: 'SignInResult', status: 'SIGNED_IN', me: staffMe } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeTruthy();
    await user.type(screen.getByLabelText('E-mail address'), 'agent@leasing.example');
    await user.type(screen.getByLabelText('Password'), 'Service-Client-2026!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.type(await screen.findByLabelText('Verification code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('at /back-office/requests/r1')).toBeTruthy();
  });
});
