import { screen, within } from '@testing-library/react';
import { customerMe, meMock, renderShell, toApiLanguage } from '../../../test/render-shell';
import { telHref } from './customer-services-footer';

describe('Customer Services contact in the footer (HLP-2)', () => {
  it('turns a phone number into a tel: link', () => {
    expect(telHref('+32 2 555 01 00')).toBe('tel:+3225550100');
  });

  it.each([
    ['fr', 'Service Clients', 'E-mail :', 'Téléphone :', 'Mentionnez toujours votre numéro de contrat : nous vous répondrons plus vite.'],
    ['nl', 'Klantendienst', 'E-mail:', 'Telefoon:', 'Vermeld altijd uw contractnummer: zo kunnen we u sneller helpen.'],
    ['en', 'Customer Services', 'E-mail:', 'Phone:', 'Always quote your contract number: we can then help you faster.'],
  ] as const)(
    'signed in (%s): e-mail and phone from the API, and the advice to quote the contract number',
    async (language, title, email, phone, advice) => {
      // The account's saved language is the page's (#18 item 3).
      await renderShell({ route: '/contracts', language, mocks: [meMock({ ...customerMe, language: toApiLanguage(language) })] });
      const footer = await screen.findByRole('contentinfo');
      expect(within(footer).getByRole('heading', { level: 2 }).textContent).toBe(title);
      expect(within(footer).getByText(email)).toBeTruthy();
      const mail = await within(footer).findByRole('link', { name: 'service.clients@leasing.example' });
      expect(mail.getAttribute('href')).toBe('mailto:service.clients@leasing.example');
      expect(within(footer).getByText(phone)).toBeTruthy();
      expect(within(footer).getByRole('link', { name: '+32 2 555 01 00' }).getAttribute('href')).toBe('tel:+3225550100');
      expect(within(footer).getByText(advice)).toBeTruthy();
    },
  );

  it('is on the sign-in page too, and falls back to the configured e-mail when the API does not answer', async () => {
    await renderShell({ route: '/sign-in', mocks: [meMock(null)], withContact: false });
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'customer.services@customer-corner.example' }).getAttribute('href')).toBe(
      'mailto:customer.services@customer-corner.example',
    );
    expect(within(footer).queryByText('Téléphone :')).toBeNull();
    expect(within(footer).getByText('Mentionnez toujours votre numéro de contrat : nous vous répondrons plus vite.')).toBeTruthy();
  });
});
