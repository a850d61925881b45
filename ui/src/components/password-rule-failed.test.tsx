import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { evaluatePasswordRules, PasswordRuleList } from '../entries/password-rules';
import { createTestI18n } from '../test/test-i18n';

/** Each rule as [text a sighted user reads, failed look]. */
function visibleRules() {
  return within(screen.getByRole('list', { name: 'Rules' }))
    .getAllByRole('listitem')
    .map((item) => {
      const visible = [...item.querySelectorAll(':scope > span, :scope > span > span')]
        .filter((span) => !span.classList.contains('cc-visually-hidden') && !span.closest('.cc-visually-hidden'))
        .map((span) => (span.children.length ? span.firstChild?.textContent : span.textContent))
        .join('');
      return [visible.replace(/\s+/g, ' ').trim(), item.getAttribute('data-failed')];
    });
}

describe('a failed password rule shows as failed, not by its glyph alone (#18 item 20, ACC-4, WCAG 1.4.1)', () => {
  it('says "not met" in visible words and marks the failed rules, the met ones and the unknown ones apart', async () => {
    // The server answered: the password contains the company name.
    render(
      <I18nextProvider i18n={await createTestI18n('en')}>
        <PasswordRuleList title="Rules" states={evaluatePasswordRules('mosanes-2026', ['CONTAINS_COMPANY_NAME'])} />
      </I18nextProvider>,
    );
    const rules = visibleRules();
    expect(rules.filter(([, failed]) => failed === 'true').map(([text]) => text)).toEqual([
      '✗At least 1 uppercase letter (not met)',
      '✗Does not contain your company’s name (not met)',
    ]);
    expect(rules.find(([text]) => String(text).includes('At least 12 characters'))).toEqual(['✓At least 12 characters', 'false']);
    const failedItem = screen.getByText('Does not contain your company’s name', { exact: false }).closest('li')!;
    expect(failedItem.querySelector('.cc-checklist__failed')?.textContent?.trim()).toBe('(not met)');
  });

  it('shows no rule as failed before anything is typed, nor a rule the server has not checked yet', async () => {
    const { unmount } = render(
      <I18nextProvider i18n={await createTestI18n('fr')}>
        <PasswordRuleList title="Rules" pristine states={evaluatePasswordRules('', null)} />
      </I18nextProvider>,
    );
    expect(visibleRules().every(([, failed]) => failed === 'false')).toBe(true);
    unmount();
    render(
      <I18nextProvider i18n={await createTestI18n('fr')}>
        <PasswordRuleList title="Rules" states={evaluatePasswordRules('Tramway-Lune-42!', null)} />
      </I18nextProvider>,
    );
    expect(visibleRules().filter(([, failed]) => failed === 'true')).toEqual([]);
  });
});
