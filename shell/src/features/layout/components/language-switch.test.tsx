import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateMyLanguageDocument } from '../../auth/api/identity.operations';
import { customerMe, meMock, renderShell, staffMe } from '../../../test/render-shell';

describe('language switch (X-2, PRO-6)', () => {
  afterEach(() => localStorage.clear());

  it('is French by default and switches the whole frame to Dutch and English', async () => {
    const user = userEvent.setup();
    const save = (language: 'NL' | 'EN') => ({
      request: { query: UpdateMyLanguageDocument, variables: { language } },
      result: { data: { updateMyPreferences: { ...customerMe, language } } },
    });
    await renderShell({ route: '/contracts', mocks: [meMock(customerMe), save('NL'), save('EN')] });
    expect(await screen.findByRole('link', { name: 'Informations société' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Langue'), 'nl');
    expect(await screen.findByRole('link', { name: 'Bedrijfsgegevens' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Afmelden' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Taal'), 'en');
    expect(await screen.findByRole('link', { name: 'Company information' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#main');
  });

  it('saves the choice of a signed-in customer user with updateMyPreferences', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    // Recorded when each save is sent: the mocked answers come after random delays, in either order.
    const saveMock = (language: 'NL' | 'EN') => ({
      request: {
        query: UpdateMyLanguageDocument,
        variables: (variables: { language: string }) => {
          if (variables.language !== language) return false;
          saved.push(language);
          return true;
        },
      },
      result: { data: { updateMyPreferences: { ...customerMe, language } } },
    });
    await renderShell({ route: '/contracts', mocks: [meMock(customerMe), saveMock('EN'), saveMock('NL')] });
    await user.selectOptions(await screen.findByLabelText('Langue'), 'en');
    await screen.findByRole('link', { name: 'Company information' });
    await user.selectOptions(screen.getByLabelText('Language'), 'nl');
    await screen.findByRole('link', { name: 'Bedrijfsgegevens' });
    await waitFor(() => expect(saved).toEqual(['EN', 'NL']));
    expect(localStorage.getItem('cc-language')).toBe('nl');
  });

  it('keeps the last choice when the answer to an earlier one comes back after it', async () => {
    const user = userEvent.setup();
    const answer = (language: 'NL' | 'EN', delay: number) => ({
      request: { query: UpdateMyLanguageDocument, variables: { language } },
      result: { data: { updateMyPreferences: { ...customerMe, language } } },
      delay,
    });
    await renderShell({ route: '/contracts', mocks: [meMock(customerMe), answer('EN', 400), answer('NL', 0)] });
    await user.selectOptions(await screen.findByLabelText('Langue'), 'en');
    await user.selectOptions(screen.getByLabelText('Language'), 'nl');
    await screen.findByRole('link', { name: 'Bedrijfsgegevens' });
    await new Promise((resolve) => setTimeout(resolve, 600)); // the late English answer has come back by now
    expect(screen.getByRole('link', { name: 'Bedrijfsgegevens' })).toBeTruthy();
    expect(localStorage.getItem('cc-language')).toBe('nl');
  });

  it.each([
    ['before sign-in', '/sign-in', null],
    ['for staff', '/back-office', staffMe],
  ] as const)('does not save %s (the page still switches)', async (_case, route, me) => {
    const user = userEvent.setup();
    const saved: string[] = [];
    await renderShell({
      route,
      mocks: [
        meMock(me),
        {
          // Recorded when the request is sent, not when its (delayed) answer comes: checked right after the
          // switch below, a result callback might not have run yet even if the save had been sent.
          request: {
            query: UpdateMyLanguageDocument,
            variables: (variables: { language: string }) => {
              saved.push(variables.language);
              return variables.language === 'EN';
            },
          },
          result: { data: { updateMyPreferences: { ...customerMe, language: 'EN' as const } } },
        },
      ],
    });
    await user.selectOptions(await screen.findByLabelText('Langue'), 'en');
    expect(await screen.findByText('Always quote your contract number: we can then help you faster.')).toBeTruthy();
    expect(saved).toEqual([]);
  });
});
