import type { PortalLanguage } from '../formats/portal-language';

// PRO-7, BO-5: the audit trail stores what was done as a code ('login.created'); people read it in
// their language. These are every code the gateway writes (profiles, requests, registrations and
// back-office modules); `company.<type>.changed` is written when a completed change request is
// applied to the company's data, <type> being the request type in lower case.
export const auditActionCodes = [
  'login.created',
  'login.profile-changed',
  'login.deactivated',
  'login.reactivated',
  'login.activation-reissued',
  'login.linked',
  'login.second-factor-enabled',
  'token.created',
  'token.revoked',
  'request.submitted',
  'request.answered',
  'request.taken',
  'request.information-requested',
  'request.first-approval',
  'request.completed',
  'request.rejected',
  'company.enterprise_number.changed',
  'company.address.changed',
  'company.bank_details.changed',
  'company.company_name.changed',
  'registration.verified',
  'registration.rejected',
] as const;

export type AuditActionCode = (typeof auditActionCodes)[number];

export const auditActionLabels: Readonly<Record<PortalLanguage, Readonly<Record<AuditActionCode, string>>>> = {
  fr: {
    'login.created': 'Accès créé',
    'login.profile-changed': 'Profil d’un accès modifié',
    'login.deactivated': 'Accès désactivé',
    'login.reactivated': 'Accès réactivé',
    'login.activation-reissued': 'E-mail d’activation renvoyé',
    'login.linked': 'Accès lié à un autre numéro client',
    'login.second-factor-enabled': 'Double authentification activée',
    'token.created': 'Accès d’intégration créé',
    'token.revoked': 'Accès d’intégration révoqué',
    'request.submitted': 'Demande introduite',
    'request.answered': 'Informations complémentaires envoyées',
    'request.taken': 'Demande prise en charge',
    'request.information-requested': 'Informations complémentaires demandées',
    'request.first-approval': 'Première approbation donnée',
    'request.completed': 'Demande traitée',
    'request.rejected': 'Demande refusée',
    'company.enterprise_number.changed': 'Numéro d’entreprise modifié',
    'company.address.changed': 'Adresse modifiée',
    'company.bank_details.changed': 'Coordonnées bancaires modifiées',
    'company.company_name.changed': 'Dénomination de la société modifiée',
    'registration.verified': 'Inscription vérifiée',
    'registration.rejected': 'Inscription refusée',
  },
  nl: {
    'login.created': 'Toegang aangemaakt',
    'login.profile-changed': 'Profiel van een toegang gewijzigd',
    'login.deactivated': 'Toegang gedeactiveerd',
    'login.reactivated': 'Toegang opnieuw geactiveerd',
    'login.activation-reissued': 'Activeringsmail opnieuw verstuurd',
    'login.linked': 'Toegang gekoppeld aan een ander klantnummer',
    'login.second-factor-enabled': 'Tweestapsverificatie ingeschakeld',
    'token.created': 'Integratietoegang aangemaakt',
    'token.revoked': 'Integratietoegang ingetrokken',
    'request.submitted': 'Aanvraag ingediend',
    'request.answered': 'Bijkomende informatie bezorgd',
    'request.taken': 'Aanvraag in behandeling genomen',
    'request.information-requested': 'Bijkomende informatie gevraagd',
    'request.first-approval': 'Eerste goedkeuring gegeven',
    'request.completed': 'Aanvraag afgehandeld',
    'request.rejected': 'Aanvraag geweigerd',
    'company.enterprise_number.changed': 'Ondernemingsnummer gewijzigd',
    'company.address.changed': 'Adres gewijzigd',
    'company.bank_details.changed': 'Bankgegevens gewijzigd',
    'company.company_name.changed': 'Bedrijfsnaam gewijzigd',
    'registration.verified': 'Inschrijving gecontroleerd',
    'registration.rejected': 'Inschrijving geweigerd',
  },
  en: {
    'login.created': 'Access created',
    'login.profile-changed': 'Access profile changed',
    'login.deactivated': 'Access deactivated',
    'login.reactivated': 'Access reactivated',
    'login.activation-reissued': 'Activation e-mail sent again',
    'login.linked': 'Access linked to another customer number',
    'login.second-factor-enabled': 'Second factor turned on',
    'token.created': 'Integration access created',
    'token.revoked': 'Integration access revoked',
    'request.submitted': 'Request submitted',
    'request.answered': 'More information sent',
    'request.taken': 'Request taken in hand',
    'request.information-requested': 'More information requested',
    'request.first-approval': 'First approval given',
    'request.completed': 'Request completed',
    'request.rejected': 'Request rejected',
    'company.enterprise_number.changed': 'Enterprise number changed',
    'company.address.changed': 'Address changed',
    'company.bank_details.changed': 'Bank details changed',
    'company.company_name.changed': 'Company name changed',
    'registration.verified': 'Registration verified',
    'registration.rejected': 'Registration rejected',
  },
};

/** The action in words, or null for a code this table does not know yet (the caller then shows the code). */
export function auditActionLabel(code: string, language: PortalLanguage): string | null {
  const labels: Readonly<Record<string, string>> = auditActionLabels[language];
  return Object.hasOwn(labels, code) ? (labels[code] ?? null) : null;
}
