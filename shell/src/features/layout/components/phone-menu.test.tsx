import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerMe, meMock, renderShell } from '../../../test/render-shell';

describe('phone menu (#18 item 17, X-1, X-3)', () => {
  it('closes with Escape and gives the focus back to its button', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/contracts', mocks: [meMock(customerMe)] });
    const button = await screen.findByRole('button', { name: 'Menu' });
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('shell-nav-list')?.getAttribute('data-open')).toBe('true');
    screen.getByRole('link', { name: 'Mes documents' }).focus();
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('shell-nav-list')?.getAttribute('data-open')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('leaves the focus alone on Escape when the menu is closed', async () => {
    const user = userEvent.setup();
    await renderShell({ route: '/contracts', mocks: [meMock(customerMe)] });
    const link = await screen.findByRole('link', { name: 'Mes documents' });
    link.focus();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(link);
  });
});
