import type { PortalLanguage } from '../formats/portal-language';

// #18 item 11 (PRO-7, BO-5): an audit entry read by a person — the kind of record in words
// ("Accès 391267635", not "login 391267635") and the change as "Profil : Lecteur → Administrateur"
// instead of raw JSON. Unknown keys and values are shown as stored, never hidden.
const entityWords: Record<PortalLanguage, Record<string, string>> = {
  fr: { login: 'Accès', api_token: 'Accès d’intégration', customer: 'Société', change_request: 'Demande', registration: 'Inscription' },
  nl: { login: 'Toegang', api_token: 'Integratietoegang', customer: 'Bedrijf', change_request: 'Aanvraag', registration: 'Registratie' },
  en: { login: 'Access', api_token: 'Integration access', customer: 'Company', change_request: 'Request', registration: 'Registration' },
};

const fieldWords: Record<PortalLanguage, Record<string, string>> = {
  fr: {
    iban: 'IBAN',
    bic: 'BIC',
    linkedLoginId: 'Accès lié',
    profile: 'Profil',
    status: 'Statut',
    name: 'Nom',
    email: 'E-mail',
    secondFactor: 'Double authentification',
    customerNumber: 'Numéro client',
    // a request's change and a company change (REQ-1, COM-2)
    addressKind: 'Adresse',
    street: 'Rue et numéro',
    postalCode: 'Code postal',
    city: 'Localité',
    country: 'Pays',
    accountHolder: 'Titulaire du compte',
    enterpriseNumber: 'Numéro d’entreprise',
    legalForm: 'Forme juridique',
    message: 'Message',
    vatCategory: 'Catégorie TVA',
  },
  nl: {
    iban: 'IBAN',
    bic: 'BIC',
    linkedLoginId: 'Gekoppelde toegang',
    profile: 'Profiel',
    status: 'Status',
    name: 'Naam',
    email: 'E-mail',
    secondFactor: 'Tweestapsverificatie',
    customerNumber: 'Klantnummer',
    addressKind: 'Adres',
    street: 'Straat en nummer',
    postalCode: 'Postcode',
    city: 'Gemeente',
    country: 'Land',
    accountHolder: 'Rekeninghouder',
    enterpriseNumber: 'Ondernemingsnummer',
    legalForm: 'Rechtsvorm',
    message: 'Bericht',
    vatCategory: 'Btw-categorie',
  },
  en: {
    iban: 'IBAN',
    bic: 'BIC',
    linkedLoginId: 'Linked access',
    profile: 'Profile',
    status: 'Status',
    name: 'Name',
    email: 'E-mail',
    secondFactor: 'Second factor',
    customerNumber: 'Customer number',
    addressKind: 'Address',
    street: 'Street and number',
    postalCode: 'Postal code',
    city: 'City',
    country: 'Country',
    accountHolder: 'Account holder',
    enterpriseNumber: 'Enterprise number',
    legalForm: 'Legal form',
    message: 'Message',
    vatCategory: 'VAT category',
  },
};

const valueWords: Record<PortalLanguage, Record<string, string>> = {
  fr: {
    ADMINISTRATOR: 'Administrateur',
    VIEWER: 'Lecteur',
    ACTIVE: 'Actif',
    PENDING_ACTIVATION: 'En attente d’activation',
    DEACTIVATED: 'Désactivé',
    REGISTERED_OFFICE: 'Siège social',
    BILLING: 'Facturation',
    true: 'oui',
    false: 'non',
  },
  nl: {
    ADMINISTRATOR: 'Beheerder',
    VIEWER: 'Lezer',
    ACTIVE: 'Actief',
    PENDING_ACTIVATION: 'Wacht op activering',
    DEACTIVATED: 'Gedeactiveerd',
    REGISTERED_OFFICE: 'Maatschappelijke zetel',
    BILLING: 'Facturatie',
    true: 'ja',
    false: 'nee',
  },
  en: {
    ADMINISTRATOR: 'Administrator',
    VIEWER: 'Viewer',
    ACTIVE: 'Active',
    PENDING_ACTIVATION: 'Pending activation',
    DEACTIVATED: 'Deactivated',
    REGISTERED_OFFICE: 'Registered office',
    BILLING: 'Billing',
    true: 'yes',
    false: 'no',
  },
};

const own = (table: Record<string, string>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** "login" → "Accès" (fr); an unknown kind as stored. */
export function auditEntityLabel(entityType: string, language: PortalLanguage): string {
  return own(entityWords[language], entityType) ?? entityType;
}

function parsed(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    // a request's change is stored as [{ field, value }, …]: read it as one value per field
    if (Array.isArray(value) && value.every((item) => item && typeof item === 'object' && 'field' in item)) {
      return Object.fromEntries(value.map((item: { field: unknown; value?: unknown }) => [String(item.field), item.value ?? null]));
    }
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

function words(value: unknown, language: PortalLanguage): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return own(valueWords[language], text) ?? text;
}

/**
 * Before and after (JSON objects from the gateway) as one line per changed key:
 * ["Profil : Lecteur → Administrateur"]; a key only after reads "Statut : — → Actif".
 */
export function describeAuditChange(before: string | null, after: string | null, language: PortalLanguage): string[] {
  const old = parsed(before);
  const next = parsed(after);
  const separator = language === 'fr' ? '\u00a0: ' : ': ';
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  return keys
    .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(next[key]) || !(key in next))
    .map((key) => {
      const label = own(fieldWords[language], key) ?? key;
      const from = words(old[key], language);
      return key in next ? `${label}${separator}${from} → ${words(next[key], language)}` : `${label}${separator}${from}`;
    });
}
