import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { AuditAction } from '../entries/audit-actions';
import { createTestI18n } from '../test/test-i18n';

async function cellText(language: 'fr' | 'nl' | 'en', code: string) {
  const view = render(
    <I18nextProvider i18n={await createTestI18n(language)}>
      <p data-testid="cell">
        <AuditAction code={code} />
      </p>
    </I18nextProvider>,
  );
  const cell = screen.getByTestId('cell');
  const result = { text: cell.textContent, asCode: cell.querySelector('code') !== null };
  view.unmount();
  return result;
}

describe('AuditAction (PRO-7, BO-5)', () => {
  it.each([
    ['fr', 'Accès créé'],
    ['nl', 'Toegang aangemaakt'],
    ['en', 'Access created'],
  ] as const)('in %s shows login.created as "%s"', async (language, label) => {
    expect(await cellText(language, 'login.created')).toEqual({ text: label, asCode: false });
  });

  it('shows a code it does not know as it is, as code', async () => {
    expect(await cellText('fr', 'login.renamed')).toEqual({ text: 'login.renamed', asCode: true });
  });
});
