// The tab's words in French (default), Dutch and English. The tab itself comes in a later issue.
export const profilesNamespace = 'profiles';

export type ProfilesSection = 'company' | 'profiles';

export const profilesTranslations = {
  fr: {
    badge: 'Bientôt disponible',
    notYet: 'Cet onglet n’est pas encore disponible dans cette version du portail.',
    standalone: 'Mode autonome de l’onglet',
    sections: {
      company: {
        title: 'Informations société',
        text: 'Les données de votre société connues de nos services seront affichées ici.',
      },
      profiles: {
        title: 'Gestion des profils',
        text: 'Les accès de votre société, vos préférences et votre mot de passe seront gérés ici.',
      },
    },
  },
  nl: {
    badge: 'Binnenkort beschikbaar',
    notYet: 'Dit tabblad is nog niet beschikbaar in deze versie van het portaal.',
    standalone: 'Zelfstandige modus van het tabblad',
    sections: {
      company: {
        title: 'Bedrijfsgegevens',
        text: 'De gegevens van uw bedrijf die bij ons gekend zijn, zullen hier getoond worden.',
      },
      profiles: {
        title: 'Profielbeheer',
        text: 'De toegangen van uw bedrijf, uw voorkeuren en uw wachtwoord zullen hier beheerd worden.',
      },
    },
  },
  en: {
    badge: 'Coming soon',
    notYet: 'This tab is not available yet in this version of the portal.',
    standalone: 'Standalone mode of the tab',
    sections: {
      company: {
        title: 'Company information',
        text: 'The data about your company that we hold will be shown here.',
      },
      profiles: {
        title: 'Profile management',
        text: 'Your company’s accesses, your preferences and your password will be managed here.',
      },
    },
  },
};
