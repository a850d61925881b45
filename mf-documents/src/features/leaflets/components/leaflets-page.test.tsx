import { screen, within } from '@testing-library/react';
import { CustomerServicesContactQuery } from '../api/leaflets.queries';
import { renderDocumentsTab } from '../../../test/render-tab';

const contact = {
  request: { query: CustomerServicesContactQuery },
  result: {
    data: {
      __typename: 'Query' as const,
      customerServicesContact: {
        __typename: 'CustomerServicesContact' as const,
        email: 'service@leasing.example',
        phone: '+32 2 555 01 23',
      },
    },
  },
};

describe('leaflets and help (HLP-1, HLP-2)', () => {
  it.each([
    [
      'fr',
      'Dépliants et aide',
      'Questions fréquentes',
      'Se connecter et activer son accès en Français (PDF)',
      'Indiquez toujours votre numéro de contrat',
    ],
    [
      'nl',
      'Folders en hulp',
      'Veelgestelde vragen',
      'Aanmelden en uw toegang activeren in het Nederlands (PDF)',
      'Vermeld altijd uw contractnummer',
    ],
    [
      'en',
      'Leaflets and help',
      'Frequently asked questions',
      'Signing in and activating your access in English (PDF)',
      'Always quote your contract number',
    ],
  ] as const)(
    'in %s: guides in the three languages, a FAQ and Customer Services',
    async (language, heading, faqTitle, guideLink, advice) => {
      await renderDocumentsTab({ route: '/leaflets', language, mocks: [contact] });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
      const faq = screen.getByRole('heading', { name: faqTitle }).closest('section')!;
      expect(within(faq).getAllByRole('heading', { level: 3 })).toHaveLength(9);
      const guides = screen.getByRole('heading', { level: 2, name: /\(PDF\)$/ }).closest('section')!;
      expect(within(guides).getAllByRole('heading', { level: 3 })).toHaveLength(5);
      const links = within(guides).getAllByRole('link');
      expect(links).toHaveLength(15);
      // The user's own language comes first.
      expect(links[0]!.getAttribute('href')).toBe(`/leaflets/customer-corner-sign-in-${language}.pdf`);
      expect(screen.getByRole('link', { name: guideLink })).toBeTruthy();
      expect((await screen.findByRole('link', { name: 'service@leasing.example' })).getAttribute('href')).toBe(
        'mailto:service@leasing.example',
      );
      expect(screen.getByRole('link', { name: '+32 2 555 01 23' }).getAttribute('href')).toBe('tel:+3225550123');
      expect(screen.getByText(new RegExp(advice))).toBeTruthy();
    },
  );
});
