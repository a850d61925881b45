import type { PortalLanguage } from '../formats/portal-language';

// #18 item 6, API-3: every reason (`extensions.reason`) and field code (`extensions.fields[].code`)
// the gateway answers a person, said in their language. One table for the shell and every tab, so a
// code never falls through to a sentence meant for another problem ("invalid e-mail address" for an
// address already in use). api-problem-messages.test.ts reads the gateway's sources and fails when a
// code the gateway can answer has no words here.
const fr = {
  // signing in, activation, reset (ACC-3 … ACC-10)
  INVALID_CREDENTIALS: 'Identifiant ou mot de passe incorrect.',
  LOGIN_DEACTIVATED: 'Cet accès a été désactivé par un administrateur de votre société. Adressez-vous à lui pour le réactiver.',
  LOGIN_LOCKED: 'Trop de tentatives : l’accès est bloqué pendant 15 minutes. Un e-mail a été envoyé au titulaire.',
  IP_THROTTLED: 'Trop de tentatives depuis votre réseau. Réessayez dans quelques minutes.',
  TEMPORARY_PASSWORD_EXPIRED: 'Ce mot de passe temporaire a expiré. Utilisez « Mot de passe oublié » pour en recevoir un nouveau.',
  RESET_LINK_INVALID: 'Ce lien a déjà servi ou a expiré. Demandez-en un nouveau avec « Mot de passe oublié ».',
  SECOND_FACTOR_INVALID: 'Ce code n’est pas valable. Vérifiez l’heure de votre téléphone et réessayez.',
  SECOND_FACTOR_ALREADY_ENROLLED: 'La double authentification est déjà activée pour cet accès.',
  SECOND_FACTOR_REQUIRED_BY_CUSTOMER: 'Votre société rend la double authentification obligatoire : elle ne peut pas être retirée.',
  ENROLLMENT_NOT_STARTED: 'Recommencez l’activation de la double authentification : la clé affichée n’est plus valable.',
  PASSWORD_INCORRECT: 'Ce mot de passe n’est pas correct.',
  PASSWORD_POLICY: 'Le nouveau mot de passe ne respecte pas toutes les règles.',
  SAME_AS_CURRENT: 'Le nouveau mot de passe doit être différent du mot de passe actuel.',
  MIN_LENGTH: 'Trop court : au moins 12 caractères.',
  MAX_LENGTH: 'Trop long : au plus 128 caractères.',
  UPPERCASE: 'Il manque une lettre majuscule.',
  TWO_DIGITS: 'Il faut au moins 2 chiffres.',
  PUNCTUATION: 'Il manque un signe de ponctuation.',
  COMMON_PASSWORD: 'C’est un mot de passe trop courant.',
  CONTAINS_LOGIN_ID: 'Il contient votre identifiant.',
  CONTAINS_NAME: 'Il contient votre nom.',
  CONTAINS_COMPANY_NAME: 'Il contient le nom de la société.',
  // accesses, tokens, linked logins (PRO, ACC-11)
  EMAIL_TAKEN: 'Cette adresse e-mail a déjà un accès pour votre société.',
  EMAIL_INVALID: 'Adresse e-mail invalide.',
  NAME_INVALID: 'Ce nom est trop court ou trop long.',
  EXPIRY_INVALID: 'La date doit être comprise entre demain et dans deux ans.',
  LAST_ADMINISTRATOR: 'Impossible : c’est le dernier administrateur actif de votre société. Désignez d’abord un autre administrateur.',
  NOT_CREATOR: 'Seule la personne qui a créé cet accès peut en renvoyer l’activation.',
  NOT_DEACTIVATED: 'Cet accès n’est pas désactivé.',
  LINK_SELF: 'C’est l’accès avec lequel vous êtes connecté.',
  // requests and their forms (REQ)
  REQUIRED: 'Ce champ est obligatoire.',
  TOO_SHORT: 'Ce texte est trop court.',
  TOO_LONG: 'Ce texte est trop long.',
  UNCHANGED: 'C’est déjà la valeur actuelle.',
  ENTERPRISE_NUMBER_INVALID: 'Ce numéro d’entreprise n’est pas valide : 10 chiffres dont les deux derniers forment le contrôle modulo 97.',
  COUNTRY_INVALID: 'Indiquez un code pays de deux lettres, par exemple BE.',
  POSTAL_CODE_INVALID: 'Ce code postal ne correspond pas au pays choisi.',
  IBAN_FORMAT: 'Cet IBAN n’a pas la bonne forme : deux lettres de pays, deux chiffres de contrôle puis le numéro de compte.',
  IBAN_COUNTRY: 'Ce code pays n’est pas connu pour les IBAN.',
  IBAN_LENGTH: 'Cet IBAN n’a pas le bon nombre de caractères pour ce pays.',
  IBAN_CHECKSUM: 'Cet IBAN n’est pas valide : vérifiez les chiffres (contrôle modulo 97).',
  BIC_INVALID: 'Un BIC compte 8 ou 11 caractères, par exemple GEBABEBB.',
  BIC_COUNTRY_MISMATCH: 'Le BIC appartient à un autre pays que l’IBAN.',
  CONTRACT_NOT_FOUND: 'Ce contrat ne fait pas partie de vos contrats.',
  AGE_INVALID: 'Indiquez un nombre de jours de 0 à 3650.',
  IDEMPOTENCY_KEY_REUSED: 'Cette demande a déjà été envoyée.',
  REQUEST_CLOSED: 'Cette demande est clôturée : elle ne peut plus changer.',
  REQUEST_CHANGED_MEANWHILE: 'Quelqu’un d’autre a modifié cette demande entre-temps. Rechargez-la.',
  NOT_AWAITING_ANSWER: 'Le Service Clients n’attend pas de réponse sur cette demande.',
  AWAITING_CUSTOMER: 'Attendez d’abord la réponse du client.',
  SAME_APPROVER: 'Une deuxième personne, différente de la première, doit approuver ce changement.',
  // attachments (REQ-3)
  FILE_TYPE_NOT_ALLOWED: 'Seuls les fichiers PDF, JPEG et PNG sont acceptés.',
  FILE_TOO_LARGE: 'Ce fichier dépasse 10 Mo.',
  FILE_EMPTY: 'Ce fichier est vide.',
  REQUEST_TOO_LARGE: 'Ces fichiers dépassent ensemble la taille permise. Envoyez-les en plusieurs fois.',
  TOO_MANY_FILES: 'Vous pouvez joindre 5 fichiers au maximum.',
  TOO_MANY_ATTACHMENTS: 'Vous pouvez joindre 5 fichiers au maximum.',
  ATTACHMENT_NOT_FOUND: 'Une pièce jointe est introuvable : ajoutez-la à nouveau.',
  // documents filter (DOC)
  DATE_INVALID: 'Cette date n’est pas valable.',
  DATE_IN_FUTURE: 'Cette date est dans le futur.',
  DATE_RANGE_INVALID: 'La date de début doit précéder la date de fin.',
  // registrations and the back office (REG, BO)
  CUSTOMER_NUMBER_INVALID: 'Ce numéro client n’est pas valable.',
  CONTRACT_NUMBER_INVALID: 'Ce numéro de contrat n’est pas valable, par exemple LC-10000001-01.',
  PHONE_INVALID: 'Ce numéro de téléphone n’est pas valable.',
  NUMBERS_MISMATCH: 'Les numéros ne correspondent pas à nos données : refusez cette inscription.',
  CUSTOMER_HAS_LOGINS: 'Ce client a déjà des accès : ses administrateurs créent les suivants.',
  ALREADY_ACTIVE: 'Cet accès est déjà activé.',
  // second factor on linked accesses, stored data, typed input (#11 §1, §4; #12 §4)
  SECOND_FACTOR_REQUIRED: 'Cet accès est protégé par la double authentification : saisissez le code de son application.',
  SECOND_FACTOR_ENROLLMENT_REQUIRED:
    'La société de cet accès rend la double authentification obligatoire : activez-la d’abord en vous connectant avec cet accès.',
  SESSION_ENDED: 'Trop de codes erronés : l’accès est bloqué pendant 15 minutes. Reconnectez-vous ensuite.',
  CONTROL_CHARACTER: 'Ce texte contient un caractère invisible non autorisé. Retapez-le sans copier-coller.',
  AMORTIZATION_TERMS_INVALID:
    'Le tableau d’amortissement de ce contrat ne peut pas être établi avec les conditions enregistrées. Le Service Clients peut les corriger.',
  DATA_INCONSISTENT:
    'Cet élément ne peut pas être affiché : ses données enregistrées sont incohérentes. Le Service Clients peut les corriger.',
};

export type ApiProblemCode = keyof typeof fr;

const nl: Record<ApiProblemCode, string> = {
  INVALID_CREDENTIALS: 'Gebruikers-id of wachtwoord onjuist.',
  LOGIN_DEACTIVATED: 'Deze toegang werd gedeactiveerd door een beheerder van uw bedrijf. Vraag hem om ze opnieuw te activeren.',
  LOGIN_LOCKED: 'Te veel pogingen: de toegang is 15 minuten geblokkeerd. De houder kreeg een e-mail.',
  IP_THROTTLED: 'Te veel pogingen vanaf uw netwerk. Probeer het binnen enkele minuten opnieuw.',
  TEMPORARY_PASSWORD_EXPIRED: 'Dit tijdelijke wachtwoord is verlopen. Gebruik “Wachtwoord vergeten” om een nieuw te ontvangen.',
  RESET_LINK_INVALID: 'Deze link werd al gebruikt of is verlopen. Vraag een nieuwe aan met “Wachtwoord vergeten”.',
  SECOND_FACTOR_INVALID: 'Deze code is niet geldig. Controleer de tijd op uw telefoon en probeer opnieuw.',
  SECOND_FACTOR_ALREADY_ENROLLED: 'Tweestapsverificatie is al ingeschakeld voor deze toegang.',
  SECOND_FACTOR_REQUIRED_BY_CUSTOMER: 'Uw bedrijf maakt tweestapsverificatie verplicht: ze kan niet uitgeschakeld worden.',
  ENROLLMENT_NOT_STARTED: 'Begin opnieuw met het inschakelen van de tweestapsverificatie: de getoonde sleutel is niet meer geldig.',
  PASSWORD_INCORRECT: 'Dit wachtwoord is niet juist.',
  PASSWORD_POLICY: 'Het nieuwe wachtwoord voldoet niet aan alle regels.',
  SAME_AS_CURRENT: 'Het nieuwe wachtwoord moet verschillen van het huidige.',
  MIN_LENGTH: 'Te kort: minstens 12 tekens.',
  MAX_LENGTH: 'Te lang: hoogstens 128 tekens.',
  UPPERCASE: 'Er ontbreekt een hoofdletter.',
  TWO_DIGITS: 'Er zijn minstens 2 cijfers nodig.',
  PUNCTUATION: 'Er ontbreekt een leesteken.',
  COMMON_PASSWORD: 'Dit wachtwoord is te gebruikelijk.',
  CONTAINS_LOGIN_ID: 'Het bevat uw gebruikers-id.',
  CONTAINS_NAME: 'Het bevat uw naam.',
  CONTAINS_COMPANY_NAME: 'Het bevat de bedrijfsnaam.',
  EMAIL_TAKEN: 'Dit e-mailadres heeft al een toegang voor uw bedrijf.',
  EMAIL_INVALID: 'Ongeldig e-mailadres.',
  NAME_INVALID: 'Deze naam is te kort of te lang.',
  EXPIRY_INVALID: 'De datum moet tussen morgen en binnen twee jaar liggen.',
  LAST_ADMINISTRATOR: 'Niet mogelijk: dit is de laatste actieve beheerder van uw bedrijf. Duid eerst een andere beheerder aan.',
  NOT_CREATOR: 'Alleen wie deze toegang aanmaakte, kan de activering opnieuw versturen.',
  NOT_DEACTIVATED: 'Deze toegang is niet gedeactiveerd.',
  LINK_SELF: 'Dit is de toegang waarmee u aangemeld bent.',
  REQUIRED: 'Dit veld is verplicht.',
  TOO_SHORT: 'Deze tekst is te kort.',
  TOO_LONG: 'Deze tekst is te lang.',
  UNCHANGED: 'Dit is al de huidige waarde.',
  ENTERPRISE_NUMBER_INVALID: 'Dit ondernemingsnummer is niet geldig: 10 cijfers waarvan de laatste twee de modulo 97-controle vormen.',
  COUNTRY_INVALID: 'Geef een landcode van twee letters, bijvoorbeeld BE.',
  POSTAL_CODE_INVALID: 'Deze postcode past niet bij het gekozen land.',
  IBAN_FORMAT: 'Dit IBAN heeft niet de juiste vorm: twee landletters, twee controlecijfers en dan het rekeningnummer.',
  IBAN_COUNTRY: 'Deze landcode is niet gekend voor IBAN.',
  IBAN_LENGTH: 'Dit IBAN heeft niet het juiste aantal tekens voor dit land.',
  IBAN_CHECKSUM: 'Dit IBAN is niet geldig: controleer de cijfers (modulo 97-controle).',
  BIC_INVALID: 'Een BIC telt 8 of 11 tekens, bijvoorbeeld GEBABEBB.',
  BIC_COUNTRY_MISMATCH: 'De BIC hoort bij een ander land dan het IBAN.',
  CONTRACT_NOT_FOUND: 'Dit contract hoort niet bij uw contracten.',
  AGE_INVALID: 'Geef een aantal dagen van 0 tot 3650.',
  IDEMPOTENCY_KEY_REUSED: 'Deze aanvraag werd al verstuurd.',
  REQUEST_CLOSED: 'Deze aanvraag is afgesloten: ze kan niet meer wijzigen.',
  REQUEST_CHANGED_MEANWHILE: 'Iemand anders heeft deze aanvraag intussen gewijzigd. Laad ze opnieuw.',
  NOT_AWAITING_ANSWER: 'De Klantendienst wacht niet op een antwoord voor deze aanvraag.',
  AWAITING_CUSTOMER: 'Wacht eerst op het antwoord van de klant.',
  SAME_APPROVER: 'Een tweede persoon, niet dezelfde als de eerste, moet deze wijziging goedkeuren.',
  FILE_TYPE_NOT_ALLOWED: 'Alleen PDF-, JPEG- en PNG-bestanden zijn toegestaan.',
  FILE_TOO_LARGE: 'Dit bestand is groter dan 10 MB.',
  FILE_EMPTY: 'Dit bestand is leeg.',
  REQUEST_TOO_LARGE: 'Deze bestanden zijn samen te groot. Verstuur ze in meerdere keren.',
  TOO_MANY_FILES: 'U kunt hoogstens 5 bestanden toevoegen.',
  TOO_MANY_ATTACHMENTS: 'U kunt hoogstens 5 bestanden toevoegen.',
  ATTACHMENT_NOT_FOUND: 'Een bijlage is niet meer te vinden: voeg ze opnieuw toe.',
  DATE_INVALID: 'Deze datum is niet geldig.',
  DATE_IN_FUTURE: 'Deze datum ligt in de toekomst.',
  DATE_RANGE_INVALID: 'De begindatum moet vóór de einddatum liggen.',
  CUSTOMER_NUMBER_INVALID: 'Dit klantnummer is niet geldig.',
  CONTRACT_NUMBER_INVALID: 'Dit contractnummer is niet geldig, bijvoorbeeld LC-10000001-01.',
  PHONE_INVALID: 'Dit telefoonnummer is niet geldig.',
  NUMBERS_MISMATCH: 'De nummers komen niet overeen met onze gegevens: weiger deze registratie.',
  CUSTOMER_HAS_LOGINS: 'Deze klant heeft al toegangen: zijn beheerders maken de volgende aan.',
  ALREADY_ACTIVE: 'Deze toegang is al geactiveerd.',
  // second factor on linked accesses, stored data, typed input (#11 §1, §4; #12 §4)
  SECOND_FACTOR_REQUIRED: 'Deze toegang is beveiligd met tweestapsverificatie: voer de code uit de app in.',
  SECOND_FACTOR_ENROLLMENT_REQUIRED:
    'Het bedrijf van deze toegang maakt tweestapsverificatie verplicht: activeer ze eerst door u met deze toegang aan te melden.',
  SESSION_ENDED: 'Te veel foute codes: de toegang is 15 minuten geblokkeerd. Meld u daarna opnieuw aan.',
  CONTROL_CHARACTER: 'Deze tekst bevat een onzichtbaar teken dat niet toegelaten is. Typ hem opnieuw zonder te kopiëren en plakken.',
  AMORTIZATION_TERMS_INVALID:
    'De aflossingstabel van dit contract kan niet worden opgesteld met de geregistreerde voorwaarden. De Klantendienst kan ze corrigeren.',
  DATA_INCONSISTENT:
    'Dit element kan niet worden getoond: de geregistreerde gegevens zijn onsamenhangend. De Klantendienst kan ze corrigeren.',
};

const en: Record<ApiProblemCode, string> = {
  INVALID_CREDENTIALS: 'Wrong login id or password.',
  LOGIN_DEACTIVATED: 'This access was deactivated by an administrator of your company. Ask them to re-activate it.',
  LOGIN_LOCKED: 'Too many attempts: this access is locked for 15 minutes. Its owner has been e-mailed.',
  IP_THROTTLED: 'Too many attempts from your network. Try again in a few minutes.',
  TEMPORARY_PASSWORD_EXPIRED: 'This temporary password has expired. Use “Forgot your password?” to receive a new one.',
  RESET_LINK_INVALID: 'This link has already been used or has expired. Ask for a new one with “Forgot your password?”.',
  SECOND_FACTOR_INVALID: 'This code is not valid. Check your phone’s clock and try again.',
  SECOND_FACTOR_ALREADY_ENROLLED: 'Two-factor authentication is already on for this access.',
  SECOND_FACTOR_REQUIRED_BY_CUSTOMER: 'Your company makes two-factor authentication mandatory: it cannot be removed.',
  ENROLLMENT_NOT_STARTED: 'Start turning on two-factor authentication again: the key shown is no longer valid.',
  PASSWORD_INCORRECT: 'This password is not correct.',
  PASSWORD_POLICY: 'The new password does not meet every rule.',
  SAME_AS_CURRENT: 'The new password must differ from the current one.',
  MIN_LENGTH: 'Too short: at least 12 characters.',
  MAX_LENGTH: 'Too long: at most 128 characters.',
  UPPERCASE: 'An uppercase letter is missing.',
  TWO_DIGITS: 'At least 2 digits are needed.',
  PUNCTUATION: 'A punctuation mark is missing.',
  COMMON_PASSWORD: 'This password is too common.',
  CONTAINS_LOGIN_ID: 'It contains your login id.',
  CONTAINS_NAME: 'It contains your name.',
  CONTAINS_COMPANY_NAME: 'It contains the company name.',
  EMAIL_TAKEN: 'This e-mail address already has an access for your company.',
  EMAIL_INVALID: 'Invalid e-mail address.',
  NAME_INVALID: 'This name is too short or too long.',
  EXPIRY_INVALID: 'The date must be between tomorrow and two years from now.',
  LAST_ADMINISTRATOR: 'Not possible: this is the last active administrator of your company. Appoint another administrator first.',
  NOT_CREATOR: 'Only the person who created this access can re-issue its activation.',
  NOT_DEACTIVATED: 'This access is not deactivated.',
  LINK_SELF: 'This is the access you are signed in with.',
  REQUIRED: 'This field is required.',
  TOO_SHORT: 'This text is too short.',
  TOO_LONG: 'This text is too long.',
  UNCHANGED: 'This is already the current value.',
  ENTERPRISE_NUMBER_INVALID: 'This enterprise number is not valid: 10 digits, the last two being the modulo 97 check.',
  COUNTRY_INVALID: 'Give a two-letter country code, for example BE.',
  POSTAL_CODE_INVALID: 'This postal code does not match the chosen country.',
  IBAN_FORMAT: 'This IBAN is not well formed: two country letters, two check digits, then the account number.',
  IBAN_COUNTRY: 'This country code is not known for IBANs.',
  IBAN_LENGTH: 'This IBAN does not have the right number of characters for its country.',
  IBAN_CHECKSUM: 'This IBAN is not valid: check the digits (modulo 97 check).',
  BIC_INVALID: 'A BIC has 8 or 11 characters, for example GEBABEBB.',
  BIC_COUNTRY_MISMATCH: 'The BIC belongs to another country than the IBAN.',
  CONTRACT_NOT_FOUND: 'This contract is not one of yours.',
  AGE_INVALID: 'Give a number of days from 0 to 3650.',
  IDEMPOTENCY_KEY_REUSED: 'This request was already sent.',
  REQUEST_CLOSED: 'This request is closed: it can no longer change.',
  REQUEST_CHANGED_MEANWHILE: 'Someone else changed this request meanwhile. Reload it.',
  NOT_AWAITING_ANSWER: 'Customer Services is not waiting for an answer on this request.',
  AWAITING_CUSTOMER: 'Wait for the customer’s answer first.',
  SAME_APPROVER: 'A second person, other than the first, must approve this change.',
  FILE_TYPE_NOT_ALLOWED: 'Only PDF, JPEG and PNG files are accepted.',
  FILE_TOO_LARGE: 'This file is larger than 10 MB.',
  FILE_EMPTY: 'This file is empty.',
  REQUEST_TOO_LARGE: 'These files are too large together. Send them in several goes.',
  TOO_MANY_FILES: 'You can attach at most 5 files.',
  TOO_MANY_ATTACHMENTS: 'You can attach at most 5 files.',
  ATTACHMENT_NOT_FOUND: 'An attachment can no longer be found: add it again.',
  DATE_INVALID: 'This date is not valid.',
  DATE_IN_FUTURE: 'This date is in the future.',
  DATE_RANGE_INVALID: 'The start date must come before the end date.',
  CUSTOMER_NUMBER_INVALID: 'This customer number is not valid.',
  CONTRACT_NUMBER_INVALID: 'This contract number is not valid, for example LC-10000001-01.',
  PHONE_INVALID: 'This phone number is not valid.',
  NUMBERS_MISMATCH: 'The numbers do not match our records: reject this registration.',
  CUSTOMER_HAS_LOGINS: 'This customer already has accesses: its administrators create further ones.',
  ALREADY_ACTIVE: 'This access is already activated.',
  // second factor on linked accesses, stored data, typed input (#11 §1, §4; #12 §4)
  SECOND_FACTOR_REQUIRED: 'This access is protected by two-factor authentication: enter the code from its app.',
  SECOND_FACTOR_ENROLLMENT_REQUIRED:
    'The company of this access makes two-factor authentication mandatory: turn it on first by signing in with that access.',
  SESSION_ENDED: 'Too many wrong codes: the access is locked for 15 minutes. Sign in again afterwards.',
  CONTROL_CHARACTER: 'This text contains an invisible character that is not allowed. Type it again without copy and paste.',
  AMORTIZATION_TERMS_INVALID:
    'The amortization table of this contract cannot be drawn up with the recorded terms. Customer Services can correct them.',
  DATA_INCONSISTENT: 'This item cannot be shown: its recorded data is inconsistent. Customer Services can correct it.',
};

export const apiProblemMessages: Readonly<Record<PortalLanguage, Readonly<Record<ApiProblemCode, string>>>> = { fr, nl, en };

export const apiProblemCodes = Object.keys(fr) as ApiProblemCode[];

/** A field's length limits, when the screen knows them. */
export interface LengthLimits {
  min?: number;
  max?: number;
}

// #18 items 6 and 12: "too short / too long" says the limit when the screen knows it (a request's
// message, an answer), so the requests tab needs no table of its own.
const withLimits: Record<PortalLanguage, { TOO_SHORT: (min: number) => string; TOO_LONG: (max: number) => string }> = {
  fr: {
    TOO_SHORT: (min) => `Ce texte est trop court : au moins ${min} caractères.`,
    TOO_LONG: (max) => `Ce texte est trop long : au plus ${max} caractères.`,
  },
  nl: {
    TOO_SHORT: (min) => `Deze tekst is te kort: minstens ${min} tekens.`,
    TOO_LONG: (max) => `Deze tekst is te lang: hoogstens ${max} tekens.`,
  },
  en: {
    TOO_SHORT: (min) => `This text is too short: at least ${min} characters.`,
    TOO_LONG: (max) => `This text is too long: at most ${max} characters.`,
  },
};

/** The sentence for a gateway reason or field code, or null when the portal has none (then say something generic). */
export function apiProblemMessage(code: string | null | undefined, language: PortalLanguage, limits: LengthLimits = {}): string | null {
  if (!code || !Object.prototype.hasOwnProperty.call(fr, code)) return null;
  if (code === 'TOO_SHORT' && limits.min !== undefined) return withLimits[language].TOO_SHORT(limits.min);
  if (code === 'TOO_LONG' && limits.max !== undefined) return withLimits[language].TOO_LONG(limits.max);
  return apiProblemMessages[language][code as ApiProblemCode];
}
