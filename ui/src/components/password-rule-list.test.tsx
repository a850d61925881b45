import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { evaluatePasswordRules, PasswordRuleList } from '../entries/password-rules';
import { createTestI18n } from '../test/test-i18n';
import { TextField } from './text-field';

/** A password field with its rules, as a form of the shell or a tab builds it (no server answer here). */
function PasswordForm() {
  const [password, setPassword] = useState('');
  return (
    <>
      <TextField label="Wachtwoord" value={password} onChange={(e) => setPassword(e.target.value)} describedBy="rules" />
      <PasswordRuleList id="rules" title="Regels" states={evaluatePasswordRules(password, null)} />
    </>
  );
}

const ruleTexts = () =>
  within(screen.getByRole('list', { name: 'Regels' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('PasswordRuleList (ACC-4)', () => {
  it('marks each rule met or not met, in words too, as the user types', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={await createTestI18n('nl')}>
        <PasswordForm />
      </I18nextProvider>,
    );
    const list = screen.getByRole('list', { name: 'Regels' });
    expect(list.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByLabelText('Wachtwoord').getAttribute('aria-describedby')).toBe('rules');
    expect(screen.getByText('Regels', { selector: 'p' }).id).toBe('rules-title');

    await user.type(screen.getByLabelText('Wachtwoord'), 'Schelde-2');
    expect(ruleTexts()).toEqual([
      '✗Minstens 12 tekens (niet voldaan)',
      '✓Hoogstens 128 tekens (voldaan)',
      '✓Minstens 1 hoofdletter (voldaan)',
      '✗Minstens 2 cijfers (niet voldaan)',
      '✓Minstens 1 leesteken of symbool (voldaan)',
      // Only the server can check these: not met until it answered.
      '✗Geen veelgebruikt wachtwoord (ook niet met toegevoegde cijfers of leestekens) (niet voldaan)',
      '✗Bevat uw gebruikers-id niet (niet voldaan)',
      '✗Bevat uw naam niet (niet voldaan)',
      '✗Bevat de naam van uw bedrijf niet (niet voldaan)',
    ]);

    await user.type(screen.getByLabelText('Wachtwoord'), '026-brug');
    expect(
      ruleTexts()
        .slice(0, 5)
        .map((text) => text?.charAt(0)),
    ).toEqual(['✓', '✓', '✓', '✓', '✓']);
  });
});
