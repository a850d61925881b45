// The texts of the downloadable guides (HLP-1), one per topic and language. The build turns them into
// PDFs (generate-leaflets.mjs); the leaflets page links to them by topic and language.

export const leafletTexts = {
  'sign-in': {
    fr: {
      title: 'Se connecter et activer son accès',
      intro: 'Customer Corner est l’espace en ligne de votre société : contrats, biens financés, factures et demandes au Service Clients.',
      sections: [
        {
          heading: 'Activer votre accès',
          items: [
            'Vous recevez un e-mail avec votre identifiant de 9 chiffres et un mot de passe temporaire.',
            'Ouvrez le lien d’activation de l’e-mail, saisissez l’identifiant et le mot de passe temporaire.',
            'Choisissez votre mot de passe : au moins 12 caractères, une majuscule, deux chiffres et un signe de ponctuation. Il ne peut contenir ni votre identifiant, ni votre nom, ni celui de la société.',
            'Activez votre accès dans les 8 jours ouvrables : ensuite, le mot de passe temporaire ne fonctionne plus et il faut en demander un nouveau (« Mot de passe oublié » ou votre administrateur).',
          ],
        },
        {
          heading: 'Vous connecter ensuite',
          items: [
            'Saisissez votre identifiant de 9 chiffres et votre mot de passe.',
            'Si votre société l’exige, saisissez aussi le code à 6 chiffres de votre application d’authentification.',
            'Après 5 essais erronés, l’accès est bloqué 15 minutes et vous êtes prévenu par e-mail : c’est une protection.',
          ],
        },
        {
          heading: 'Mot de passe oublié',
          items: [
            'Choisissez « Mot de passe oublié » sur la page de connexion et donnez votre identifiant.',
            'Un lien valable 30 minutes vous est envoyé par e-mail pour choisir un nouveau mot de passe.',
          ],
        },
      ],
    },
    nl: {
      title: 'Aanmelden en uw toegang activeren',
      intro:
        'Customer Corner is de online ruimte van uw bedrijf: contracten, gefinancierde goederen, facturen en aanvragen aan de Klantendienst.',
      sections: [
        {
          heading: 'Uw toegang activeren',
          items: [
            'U ontvangt een e-mail met uw gebruikers-id van 9 cijfers en een tijdelijk wachtwoord.',
            'Open de activatielink in de e-mail en vul de gebruikers-id en het tijdelijke wachtwoord in.',
            'Kies uw wachtwoord: minstens 12 tekens, een hoofdletter, twee cijfers en een leesteken. Het mag uw gebruikers-id, uw naam of de naam van het bedrijf niet bevatten.',
            'Activeer uw toegang binnen 8 werkdagen: daarna werkt het tijdelijke wachtwoord niet meer en moet u een nieuw vragen („Wachtwoord vergeten” of uw beheerder).',
          ],
        },
        {
          heading: 'Daarna aanmelden',
          items: [
            'Vul uw gebruikers-id van 9 cijfers en uw wachtwoord in.',
            'Als uw bedrijf het vereist, vult u ook de 6-cijferige code van uw authenticatie-app in.',
            'Na 5 foute pogingen wordt de toegang 15 minuten geblokkeerd en krijgt u een e-mail: dat is een bescherming.',
          ],
        },
        {
          heading: 'Wachtwoord vergeten',
          items: [
            'Kies „Wachtwoord vergeten” op de aanmeldpagina en geef uw gebruikers-id.',
            'U krijgt per e-mail een link die 30 minuten geldig is om een nieuw wachtwoord te kiezen.',
          ],
        },
      ],
    },
    en: {
      title: 'Signing in and activating your access',
      intro: 'Customer Corner is your company’s online space: contracts, financed assets, invoices and requests to Customer Services.',
      sections: [
        {
          heading: 'Activating your access',
          items: [
            'You receive an e-mail with your 9-digit login id and a temporary password.',
            'Open the activation link in the e-mail and enter the login id and the temporary password.',
            'Choose your password: at least 12 characters, one capital letter, two digits and one punctuation mark. It may not contain your login id, your name or the company’s name.',
            'Activate your access within 8 business days: after that the temporary password no longer works and you need a new one (“Forgot password” or your administrator).',
          ],
        },
        {
          heading: 'Signing in afterwards',
          items: [
            'Enter your 9-digit login id and your password.',
            'If your company requires it, also enter the 6-digit code of your authenticator app.',
            'After 5 wrong attempts, the access is locked for 15 minutes and you are told by e-mail: this protects you.',
          ],
        },
        {
          heading: 'Forgot your password',
          items: [
            'Choose “Forgot password” on the sign-in page and give your login id.',
            'You receive by e-mail a link, valid for 30 minutes, to choose a new password.',
          ],
        },
      ],
    },
  },
  contracts: {
    fr: {
      title: 'Contrats et tableaux d’amortissement',
      intro: 'L’onglet Contrats montre tous les contrats de votre société : leasing financier, ligne de crédit et location.',
      sections: [
        {
          heading: 'Trouver un contrat',
          items: [
            'Cherchez par numéro de contrat ou par numéro de série d’un bien financé.',
            'Filtrez par type et par statut (en cours, en attente, terminé, résilié) et triez la liste.',
          ],
        },
        {
          heading: 'Lire un contrat',
          items: [
            'La fiche reprend la durée, la périodicité, le montant financé, le taux, la TVA, la valeur résiduelle et le mode de paiement.',
            'Elle montre aussi les biens financés (marque, modèle, numéro de série, lieu) et la dernière et la prochaine échéance.',
          ],
        },
        {
          heading: 'Le tableau d’amortissement',
          items: [
            'Pour un leasing ou une ligne de crédit, le tableau donne par période : échéance, intérêts, capital, capital restant dû, TVA et total.',
            'Les totaux figurent en bas du tableau. Les tableaux émis se retrouvent aussi dans Mes documents.',
            'Une question sur un contrat ? Le bouton de contact prépare un message avec le numéro de contrat.',
          ],
        },
      ],
    },
    nl: {
      title: 'Contracten en aflossingstabellen',
      intro: 'Het tabblad Contracten toont alle contracten van uw bedrijf: financiële leasing, kredietlijn en huur.',
      sections: [
        {
          heading: 'Een contract vinden',
          items: [
            'Zoek op contractnummer of op serienummer van een gefinancierd goed.',
            'Filter op type en status (lopend, in afwachting, beëindigd, opgezegd) en sorteer de lijst.',
          ],
        },
        {
          heading: 'Een contract lezen',
          items: [
            'De fiche toont looptijd, periodiciteit, gefinancierd bedrag, rentevoet, btw, restwaarde en betaalwijze.',
            'Ze toont ook de gefinancierde goederen (merk, model, serienummer, locatie) en de laatste en volgende termijn.',
          ],
        },
        {
          heading: 'De aflossingstabel',
          items: [
            'Voor een leasing of kredietlijn geeft de tabel per periode: termijn, interest, kapitaal, openstaand kapitaal, btw en totaal.',
            'De totalen staan onderaan. Uitgegeven tabellen vindt u ook terug in Mijn documenten.',
            'Een vraag over een contract? De contactknop bereidt een bericht voor met het contractnummer.',
          ],
        },
      ],
    },
    en: {
      title: 'Contracts and amortization tables',
      intro: 'The Contracts tab shows every contract of your company: financial leasing, credit line and rental.',
      sections: [
        {
          heading: 'Finding a contract',
          items: [
            'Search by contract number or by the serial number of a financed asset.',
            'Filter by type and status (active, pending, ended, terminated) and sort the list.',
          ],
        },
        {
          heading: 'Reading a contract',
          items: [
            'The detail shows the duration, periodicity, financed amount, rate, VAT, residual value and payment method.',
            'It also shows the financed assets (brand, model, serial number, location) and the last and next installments.',
          ],
        },
        {
          heading: 'The amortization table',
          items: [
            'For a leasing or credit line, the table gives for each period: installment, interest, capital, outstanding capital, VAT and total.',
            'The totals are at the bottom. Issued tables are also in My documents.',
            'A question about a contract? The contact button prepares a message with the contract number.',
          ],
        },
      ],
    },
  },
  documents: {
    fr: {
      title: 'Documents et exports',
      intro: 'Mes documents rassemble vos factures, notes de crédit et tableaux d’amortissement, du plus récent au plus ancien.',
      sections: [
        {
          heading: 'Chercher',
          items: [
            'Par défaut, vous voyez les 12 derniers mois. Choisissez une date de début plus ancienne pour remonter plus loin.',
            'Cherchez par numéro de facture ou de contrat, filtrez par type, par contrat et par paiement (payés ou impayés).',
          ],
        },
        {
          heading: 'Chaque document',
          items: [
            'Voir ou télécharger le PDF, obtenir le fichier UBL XML (Peppol BIS Billing 3.0) pour votre logiciel comptable, ou ouvrir une version imprimable.',
            'Chaque facture ouverte affiche sa communication structurée (+++123/4567/89002+++). Le bouton « Copier » la met dans le presse-papiers.',
          ],
        },
        {
          heading: 'Exporter',
          items: [
            '« Sélectionner » prend tous les documents du filtre, même ceux qui ne sont pas encore affichés.',
            'Exportez ensuite en CSV ou en Excel, ou téléchargez tous les PDF en un seul fichier ZIP.',
            'Un lot de facturation se télécharge entier en ZIP ; le dossier comptable réunit PDF, UBL et journal CSV d’un exercice ; le relevé de compte donne le solde à une date.',
          ],
        },
      ],
    },
    nl: {
      title: 'Documenten en exports',
      intro: 'Mijn documenten bundelt uw facturen, creditnota’s en aflossingstabellen, de nieuwste eerst.',
      sections: [
        {
          heading: 'Zoeken',
          items: [
            'Standaard ziet u de laatste 12 maanden. Kies een vroegere begindatum om verder terug te gaan.',
            'Zoek op factuur- of contractnummer, filter op type, contract en betaling (betaald of onbetaald).',
          ],
        },
        {
          heading: 'Elk document',
          items: [
            'De PDF bekijken of downloaden, het UBL XML-bestand (Peppol BIS Billing 3.0) voor uw boekhoudpakket ophalen, of een afdrukversie openen.',
            'Elke openstaande factuur toont haar gestructureerde mededeling (+++123/4567/89002+++). De knop „Kopiëren” zet ze op het klembord.',
          ],
        },
        {
          heading: 'Exporteren',
          items: [
            '„Selecteren” neemt alle documenten van de filter, ook die nog niet getoond worden.',
            'Exporteer daarna naar CSV of Excel, of download alle PDF’s in één ZIP-bestand.',
            'Een facturatiereeks downloadt u volledig als ZIP; het dossier voor de boekhouder bundelt PDF, UBL en CSV-journaal van een boekjaar; het rekeninguittreksel geeft het saldo op een datum.',
          ],
        },
      ],
    },
    en: {
      title: 'Documents and exports',
      intro: 'My documents gathers your invoices, credit notes and amortization tables, newest first.',
      sections: [
        {
          heading: 'Searching',
          items: [
            'By default you see the last 12 months. Choose an earlier start date to go further back.',
            'Search by invoice or contract number, filter by type, contract and payment (paid or unpaid).',
          ],
        },
        {
          heading: 'Each document',
          items: [
            'View or download the PDF, get the UBL XML file (Peppol BIS Billing 3.0) for your accounting software, or open a print view.',
            'Every open invoice shows its structured reference (+++123/4567/89002+++). The “Copy” button puts it on the clipboard.',
          ],
        },
        {
          heading: 'Exporting',
          items: [
            '“Select” takes every document of the filter, including those not shown yet.',
            'Then export as CSV or Excel, or download all PDFs as one ZIP file.',
            'An invoicing batch downloads whole as a ZIP; the accountant pack holds the PDFs, UBL files and a CSV ledger of a fiscal year; the statement of account gives the balance at a date.',
          ],
        },
      ],
    },
  },
  requests: {
    fr: {
      title: 'Demandes au Service Clients',
      intro: 'L’onglet Mes demandes vous permet de demander un changement et de suivre son traitement.',
      sections: [
        {
          heading: 'Faire une demande',
          items: [
            'Choisissez le type : numéro d’entreprise, adresse (siège ou facturation), coordonnées bancaires, nom de la société, ou autre changement administratif.',
            'Complétez le formulaire et joignez au besoin des justificatifs : PDF, JPEG ou PNG, 10 Mo maximum chacun, 5 par demande.',
            'Un changement de coordonnées bancaires demande votre mot de passe, est annoncé à tous vos administrateurs et est validé par deux agents : c’est une protection contre la fraude.',
          ],
        },
        {
          heading: 'Suivre une demande',
          items: [
            'Chaque demande a un statut : envoyée, en cours, informations demandées, terminée ou refusée.',
            'Si le Service Clients vous pose une question, répondez dans la demande elle-même.',
            'Un e-mail vous prévient à chaque changement de statut.',
          ],
        },
      ],
    },
    nl: {
      title: 'Aanvragen aan de Klantendienst',
      intro: 'Via het tabblad Mijn aanvragen vraagt u een wijziging aan en volgt u de behandeling ervan.',
      sections: [
        {
          heading: 'Een aanvraag indienen',
          items: [
            'Kies het type: ondernemingsnummer, adres (zetel of facturatie), bankgegevens, bedrijfsnaam of een andere administratieve wijziging.',
            'Vul het formulier in en voeg zo nodig bewijsstukken toe: PDF, JPEG of PNG, maximaal 10 MB per stuk, 5 per aanvraag.',
            'Een wijziging van bankgegevens vraagt uw wachtwoord, wordt aan al uw beheerders gemeld en door twee medewerkers goedgekeurd: een bescherming tegen fraude.',
          ],
        },
        {
          heading: 'Een aanvraag opvolgen',
          items: [
            'Elke aanvraag heeft een status: ingediend, in behandeling, meer informatie nodig, afgerond of geweigerd.',
            'Stelt de Klantendienst u een vraag, antwoord dan in de aanvraag zelf.',
            'Bij elke statuswijziging krijgt u een e-mail.',
          ],
        },
      ],
    },
    en: {
      title: 'Requests to Customer Services',
      intro: 'The My requests tab lets you ask for a change and follow how it is handled.',
      sections: [
        {
          heading: 'Sending a request',
          items: [
            'Choose the type: enterprise number, address (registered office or billing), bank details, company name, or another administrative change.',
            'Fill in the form and attach supporting documents if needed: PDF, JPEG or PNG, up to 10 MB each, 5 per request.',
            'A bank-details change asks for your password again, is announced to all your administrators and is approved by two agents: a protection against fraud.',
          ],
        },
        {
          heading: 'Following a request',
          items: [
            'Each request has a status: submitted, in progress, more information needed, completed or rejected.',
            'If Customer Services asks you a question, answer in the request itself.',
            'An e-mail tells you about every change of status.',
          ],
        },
      ],
    },
  },
  accesses: {
    fr: {
      title: 'Gérer les accès',
      intro: 'Les administrateurs de votre société gèrent qui peut utiliser Customer Corner, dans l’onglet Gestion des profils.',
      sections: [
        {
          heading: 'Deux profils',
          items: [
            'Administrateur : consulte, télécharge, fait des demandes et gère les accès.',
            'Lecteur : consulte et télécharge, par exemple votre comptable ; il ne fait pas de demande.',
          ],
        },
        {
          heading: 'Ajouter ou retirer un accès',
          items: [
            'Créez un accès avec le nom et l’e-mail de la personne : elle reçoit son identifiant et un mot de passe temporaire.',
            'Changez le profil d’un accès, désactivez-le dès qu’une personne quitte la société, ou renvoyez une activation.',
            'Le dernier administrateur actif ne peut être ni retiré ni changé en lecteur.',
          ],
        },
        {
          heading: 'Sécurité',
          items: [
            'Chacun a son propre accès : ne partagez jamais un mot de passe.',
            'Un second facteur (application d’authentification) est possible pour chacun ; un administrateur peut le rendre obligatoire pour toute la société.',
          ],
        },
      ],
    },
    nl: {
      title: 'Toegangen beheren',
      intro: 'De beheerders van uw bedrijf bepalen wie Customer Corner mag gebruiken, in het tabblad Profielbeheer.',
      sections: [
        {
          heading: 'Twee profielen',
          items: [
            'Beheerder: bekijkt, downloadt, dient aanvragen in en beheert de toegangen.',
            'Lezer: bekijkt en downloadt, bijvoorbeeld uw boekhouder; dient geen aanvragen in.',
          ],
        },
        {
          heading: 'Een toegang toevoegen of intrekken',
          items: [
            'Maak een toegang aan met de naam en het e-mailadres van de persoon: die krijgt een gebruikers-id en een tijdelijk wachtwoord.',
            'Wijzig het profiel van een toegang, deactiveer hem zodra iemand het bedrijf verlaat, of verstuur een nieuwe activatie.',
            'De laatste actieve beheerder kan niet verwijderd of tot lezer gemaakt worden.',
          ],
        },
        {
          heading: 'Veiligheid',
          items: [
            'Iedereen heeft een eigen toegang: deel nooit een wachtwoord.',
            'Een tweede factor (authenticatie-app) is voor iedereen mogelijk; een beheerder kan hem voor het hele bedrijf verplicht maken.',
          ],
        },
      ],
    },
    en: {
      title: 'Managing accesses',
      intro: 'Your company’s administrators decide who may use Customer Corner, in the Profile management tab.',
      sections: [
        {
          heading: 'Two profiles',
          items: [
            'Administrator: views, downloads, sends requests and manages accesses.',
            'Viewer: views and downloads, for example your accountant; sends no requests.',
          ],
        },
        {
          heading: 'Adding or removing an access',
          items: [
            'Create an access with the person’s name and e-mail: they receive a login id and a temporary password.',
            'Change an access’s profile, deactivate it as soon as someone leaves the company, or re-issue an activation.',
            'The last active administrator cannot be removed or made a viewer.',
          ],
        },
        {
          heading: 'Security',
          items: [
            'Everyone has their own access: never share a password.',
            'A second factor (authenticator app) is available to everyone; an administrator can make it mandatory for the whole company.',
          ],
        },
      ],
    },
  },
};

export const footer = {
  fr: 'Besoin d’aide ? Contactez le Service Clients et indiquez toujours votre numéro de contrat.',
  nl: 'Hulp nodig? Contacteer de Klantendienst en vermeld altijd uw contractnummer.',
  en: 'Need help? Contact Customer Services and always quote your contract number.',
};
