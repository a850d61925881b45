// The leaflets page's words and FAQ in French (default), Dutch and English (X-2, HLP-1, HLP-2).
export const leafletsNamespace = 'leaflets';

export const leafletTopics = ['sign-in', 'contracts', 'documents', 'requests', 'accesses'] as const;
export type LeafletTopic = (typeof leafletTopics)[number];

const fr = {
  title: 'Dépliants et aide',
  intro: 'Des guides à télécharger pour utiliser Customer Corner, une foire aux questions et les coordonnées du Service Clients.',
  guides: 'Guides à télécharger (PDF)',
  guidesIntro: 'Chaque guide tient sur une ou deux pages et existe en français, en néerlandais et en anglais.',
  languageNames: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  downloadIn: '{{title}} en {{language}} (PDF)',
  topics: {
    'sign-in': { title: 'Se connecter et activer son accès', text: 'Première connexion, mot de passe, second facteur.' },
    contracts: { title: 'Contrats et tableaux d’amortissement', text: 'Lire un contrat, ses échéances et son tableau.' },
    documents: { title: 'Documents et exports', text: 'Factures, communications structurées, CSV, Excel, ZIP, Peppol.' },
    requests: { title: 'Demandes au Service Clients', text: 'Changer une adresse, un IBAN ou le nom de la société, suivre une demande.' },
    accesses: { title: 'Gérer les accès', text: 'Administrateurs et lecteurs, nouveaux accès, désactivation.' },
  },
  faqTitle: 'Questions fréquentes',
  faq: [
    {
      q: 'Je n’ai pas reçu mes identifiants. Que faire ?',
      a: 'Votre identifiant à 9 chiffres et un mot de passe temporaire sont envoyés par e-mail à la personne désignée dans votre contrat. Vérifiez le dossier des courriers indésirables, puis contactez le Service Clients avec votre numéro de contrat.',
    },
    {
      q: 'J’ai oublié mon mot de passe.',
      a: 'Sur la page de connexion, choisissez « Mot de passe oublié ». Vous recevez un lien valable 30 minutes pour en choisir un nouveau.',
    },
    {
      q: 'Pourquoi je ne vois que les 12 derniers mois dans Mes documents ?',
      a: 'C’est l’affichage par défaut. Indiquez une date de début plus ancienne dans « Émis à partir du » pour voir les documents précédents.',
    },
    {
      q: 'Comment payer une facture avec la bonne communication ?',
      a: 'Chaque facture ouverte affiche sa communication structurée (+++123/4567/89002+++). Le bouton « Copier » la place dans le presse-papiers pour votre application bancaire.',
    },
    {
      q: 'Comment envoyer toutes mes factures de l’année à mon comptable ?',
      a: 'Dans Mes documents, « Dossier pour votre comptable » : choisissez l’exercice et téléchargez un ZIP avec les PDF, les fichiers UBL Peppol et un journal CSV.',
    },
    {
      q: 'Mon logiciel comptable peut-il importer les factures ?',
      a: 'Oui : chaque facture et note de crédit existe au format Peppol BIS Billing 3.0 (UBL XML), que la plupart des logiciels belges importent.',
    },
    {
      q: 'Comment changer notre adresse de facturation ou notre IBAN ?',
      a: 'Faites une demande dans l’onglet Mes demandes (un administrateur peut le faire, pas un lecteur). Un changement d’IBAN demande votre mot de passe et est validé par deux agents du Service Clients.',
    },
    {
      q: 'Un collègue peut-il consulter les documents sans pouvoir rien modifier ?',
      a: 'Oui : un administrateur peut lui créer un accès « lecteur ». Un lecteur consulte et télécharge, mais ne fait pas de demande.',
    },
    {
      q: 'Qu’est-ce qu’un lot de facturation ?',
      a: 'Les documents émis ensemble lors d’une même facturation. Vous pouvez télécharger un lot entier en un seul fichier ZIP.',
    },
  ],
  contactTitle: 'Contacter le Service Clients',
  contactIntro: 'Pour toute question sur vos contrats, vos documents ou le portail.',
  email: 'E-mail',
  phone: 'Téléphone',
  contactAdvice:
    'Indiquez toujours votre numéro de contrat (par exemple LC-10000001-01) : nous trouvons ainsi votre dossier tout de suite.',
  contactError: 'Les coordonnées n’ont pas pu être chargées. Écrivez-nous à {{email}}.',
};

type Words = typeof fr;

const nl: Words = {
  title: 'Folders en hulp',
  intro: 'Handleidingen om Customer Corner te gebruiken, veelgestelde vragen en de gegevens van de Klantendienst.',
  guides: 'Handleidingen om te downloaden (PDF)',
  guidesIntro: 'Elke handleiding telt een of twee pagina’s en bestaat in het Frans, het Nederlands en het Engels.',
  languageNames: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  downloadIn: '{{title}} in het {{language}} (PDF)',
  topics: {
    'sign-in': { title: 'Aanmelden en uw toegang activeren', text: 'Eerste aanmelding, wachtwoord, tweede factor.' },
    contracts: { title: 'Contracten en aflossingstabellen', text: 'Een contract, de termijnen en de tabel lezen.' },
    documents: { title: 'Documenten en exports', text: 'Facturen, gestructureerde mededelingen, CSV, Excel, ZIP, Peppol.' },
    requests: { title: 'Aanvragen aan de Klantendienst', text: 'Een adres, IBAN of bedrijfsnaam wijzigen, een aanvraag opvolgen.' },
    accesses: { title: 'Toegangen beheren', text: 'Beheerders en lezers, nieuwe toegangen, deactiveren.' },
  },
  faqTitle: 'Veelgestelde vragen',
  faq: [
    {
      q: 'Ik heb mijn aanmeldgegevens niet ontvangen. Wat nu?',
      a: 'Uw login van 9 cijfers en een tijdelijk wachtwoord worden gemaild naar de persoon die in uw contract is aangeduid. Kijk in de map met ongewenste e-mail en neem dan contact op met de Klantendienst met uw contractnummer.',
    },
    {
      q: 'Ik ben mijn wachtwoord vergeten.',
      a: 'Kies op de aanmeldpagina „Wachtwoord vergeten”. U krijgt een link die 30 minuten geldig is om een nieuw te kiezen.',
    },
    {
      q: 'Waarom zie ik in Mijn documenten alleen de laatste 12 maanden?',
      a: 'Dat is de standaardweergave. Vul een vroegere datum in bij „Uitgegeven vanaf” om oudere documenten te zien.',
    },
    {
      q: 'Hoe betaal ik een factuur met de juiste mededeling?',
      a: 'Elke openstaande factuur toont haar gestructureerde mededeling (+++123/4567/89002+++). De knop „Kopiëren” zet ze op het klembord voor uw bankapp.',
    },
    {
      q: 'Hoe bezorg ik al mijn facturen van het jaar aan mijn boekhouder?',
      a: 'In Mijn documenten, „Dossier voor uw boekhouder”: kies het boekjaar en download één ZIP met de PDF’s, de Peppol UBL-bestanden en een CSV-journaal.',
    },
    {
      q: 'Kan mijn boekhoudpakket de facturen inlezen?',
      a: 'Ja: elke factuur en creditnota bestaat in het formaat Peppol BIS Billing 3.0 (UBL XML), dat de meeste Belgische pakketten inlezen.',
    },
    {
      q: 'Hoe wijzigen we ons facturatieadres of ons IBAN?',
      a: 'Dien een aanvraag in via het tabblad Mijn aanvragen (een beheerder kan dat, een lezer niet). Een IBAN-wijziging vraagt uw wachtwoord en wordt door twee medewerkers van de Klantendienst goedgekeurd.',
    },
    {
      q: 'Kan een collega de documenten bekijken zonder iets te kunnen wijzigen?',
      a: 'Ja: een beheerder kan een toegang als „lezer” aanmaken. Een lezer bekijkt en downloadt, maar dient geen aanvragen in.',
    },
    {
      q: 'Wat is een facturatiereeks?',
      a: 'De documenten die samen in eenzelfde facturatierun werden uitgegeven. U kunt een hele reeks als één ZIP-bestand downloaden.',
    },
  ],
  contactTitle: 'De Klantendienst contacteren',
  contactIntro: 'Voor al uw vragen over uw contracten, uw documenten of het portaal.',
  email: 'E-mail',
  phone: 'Telefoon',
  contactAdvice: 'Vermeld altijd uw contractnummer (bijvoorbeeld LC-10000001-01): zo vinden wij uw dossier meteen.',
  contactError: 'De contactgegevens konden niet worden geladen. Schrijf ons op {{email}}.',
};

const en: Words = {
  title: 'Leaflets and help',
  intro: 'Guides to download for using Customer Corner, frequently asked questions and how to reach Customer Services.',
  guides: 'Guides to download (PDF)',
  guidesIntro: 'Each guide fits on one or two pages and comes in French, Dutch and English.',
  languageNames: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  downloadIn: '{{title}} in {{language}} (PDF)',
  topics: {
    'sign-in': { title: 'Signing in and activating your access', text: 'First sign-in, password, second factor.' },
    contracts: { title: 'Contracts and amortization tables', text: 'Reading a contract, its installments and its table.' },
    documents: { title: 'Documents and exports', text: 'Invoices, structured references, CSV, Excel, ZIP, Peppol.' },
    requests: { title: 'Requests to Customer Services', text: 'Changing an address, IBAN or company name, following a request.' },
    accesses: { title: 'Managing accesses', text: 'Administrators and viewers, new accesses, deactivating.' },
  },
  faqTitle: 'Frequently asked questions',
  faq: [
    {
      q: 'I did not receive my sign-in details. What should I do?',
      a: 'Your 9-digit login id and a temporary password are e-mailed to the person named in your contract. Check the junk mail folder, then contact Customer Services with your contract number.',
    },
    {
      q: 'I forgot my password.',
      a: 'On the sign-in page, choose “Forgot password”. You receive a link, valid for 30 minutes, to choose a new one.',
    },
    {
      q: 'Why do I only see the last 12 months in My documents?',
      a: 'That is the default view. Enter an earlier date in “Issued from” to see older documents.',
    },
    {
      q: 'How do I pay an invoice with the right reference?',
      a: 'Every open invoice shows its structured reference (+++123/4567/89002+++). The “Copy” button puts it on the clipboard for your banking app.',
    },
    {
      q: 'How do I send all invoices of the year to my accountant?',
      a: 'In My documents, “Pack for your accountant”: choose the fiscal year and download one ZIP with the PDFs, the Peppol UBL files and a CSV ledger.',
    },
    {
      q: 'Can my accounting software import the invoices?',
      a: 'Yes: every invoice and credit note is available as Peppol BIS Billing 3.0 (UBL XML), which most Belgian accounting packages import.',
    },
    {
      q: 'How do we change our billing address or IBAN?',
      a: 'Send a request from the My requests tab (administrators can, viewers cannot). An IBAN change asks for your password and is approved by two Customer Services agents.',
    },
    {
      q: 'Can a colleague see the documents without being able to change anything?',
      a: 'Yes: an administrator can create a “viewer” access. A viewer reads and downloads, but sends no requests.',
    },
    {
      q: 'What is an invoicing batch?',
      a: 'The documents issued together in one invoicing run. You can download a whole batch as one ZIP file.',
    },
  ],
  contactTitle: 'Contact Customer Services',
  contactIntro: 'For any question about your contracts, your documents or the portal.',
  email: 'E-mail',
  phone: 'Phone',
  contactAdvice: 'Always quote your contract number (for example LC-10000001-01): we then find your file straight away.',
  contactError: 'The contact details could not be loaded. Write to us at {{email}}.',
};

export const leafletsTranslations = { fr, nl, en };
