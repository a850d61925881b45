import { escapeHtml } from '../../platform/http/escape-html';

/**
 * E-mail texts in French, Dutch and English (NOT-2, NOT-3). Plain text is the source; the HTML part
 * is the same text, escaped, with the portal link clickable. No invoice is ever attached (NOT-1).
 */
export type MailLanguage = 'fr' | 'nl' | 'en';

export type MailTemplate =
  | {
      kind: 'activation';
      name: string;
      loginId: string;
      temporaryPassword: string;
      expiresOn: string;
      portalUrl: string;
      companyName: string;
    }
  | { kind: 'activation-reminder'; name: string; loginId: string; expiresOn: string; portalUrl: string }
  | { kind: 'lockout'; name: string; loginId: string; minutes: number; portalUrl: string }
  | { kind: 'password-reset'; name: string; resetUrl: string; minutes: number }
  | { kind: 'password-changed'; name: string; portalUrl: string }
  | { kind: 'new-invoice'; name: string; documentNumber: string; companyName: string; portalUrl: string }
  | {
      kind: 'request-status';
      name: string;
      /** The link goes to the request itself (#18 item 22). */
      requestId: string;
      reference: string;
      status: RequestStatusName;
      comment: string | null;
      portalUrl: string;
    }
  | {
      kind: 'bank-details-announced';
      requestId: string;
      name: string;
      companyName: string;
      submittedBy: string;
      maskedIban: string;
      reference: string;
      portalUrl: string;
    }
  | { kind: 'bank-details-applied'; name: string; companyName: string; maskedIban: string; reference: string; portalUrl: string }
  /** ACC-8: sent whether or not the numbers match, so it says nothing about the customer (issue #19 §5). */
  | { kind: 'registration-received'; name: string; customerNumber: string };

export type RequestStatusName = 'SUBMITTED' | 'IN_PROGRESS' | 'MORE_INFORMATION_NEEDED' | 'COMPLETED' | 'REJECTED';

const STATUS_LABELS: Record<MailLanguage, Record<RequestStatusName, string>> = {
  fr: {
    SUBMITTED: 'reçue',
    IN_PROGRESS: 'en cours de traitement',
    MORE_INFORMATION_NEEDED: "en attente d'informations de votre part",
    COMPLETED: 'traitée et appliquée',
    REJECTED: 'refusée',
  },
  nl: {
    SUBMITTED: 'ontvangen',
    IN_PROGRESS: 'in behandeling',
    MORE_INFORMATION_NEEDED: 'wacht op bijkomende informatie van u',
    COMPLETED: 'behandeld en toegepast',
    REJECTED: 'geweigerd',
  },
  en: {
    SUBMITTED: 'received',
    IN_PROGRESS: 'being processed',
    MORE_INFORMATION_NEEDED: 'waiting for more information from you',
    COMPLETED: 'completed and applied',
    REJECTED: 'rejected',
  },
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE: Record<MailLanguage, string> = {
  fr: "L'équipe Customer Corner",
  nl: 'Het Customer Corner-team',
  en: 'The Customer Corner team',
};

const GREETING: Record<MailLanguage, (name: string) => string> = {
  fr: (name) => `Bonjour ${name},`,
  nl: (name) => `Beste ${name},`,
  en: (name) => `Dear ${name},`,
};

function body(template: MailTemplate, lang: MailLanguage): { subject: string; lines: string[] } {
  switch (template.kind) {
    case 'activation':
      return {
        subject: {
          fr: 'Votre accès à Customer Corner',
          nl: 'Uw toegang tot Customer Corner',
          en: 'Your access to Customer Corner',
        }[lang],
        lines: {
          fr: [
            `Un accès à l'espace client de ${template.companyName} a été créé pour vous.`,
            `Identifiant : ${template.loginId}`,
            `Mot de passe temporaire : ${template.temporaryPassword}`,
            `Activez votre accès au plus tard le ${template.expiresOn} sur ${template.portalUrl}/activate?lang=${lang} : vous y choisirez votre mot de passe définitif.`,
            'Passé ce délai, le mot de passe temporaire ne fonctionnera plus ; utilisez alors « Mot de passe oublié » pour en recevoir un nouveau.',
          ],
          nl: [
            `Er werd een toegang tot de klantenzone van ${template.companyName} voor u aangemaakt.`,
            `Gebruikersnummer: ${template.loginId}`,
            `Tijdelijk wachtwoord: ${template.temporaryPassword}`,
            `Activeer uw toegang uiterlijk op ${template.expiresOn} via ${template.portalUrl}/activate?lang=${lang}; daar kiest u uw definitieve wachtwoord.`,
            'Daarna werkt het tijdelijke wachtwoord niet meer; vraag dan via "Wachtwoord vergeten" een nieuw aan.',
          ],
          en: [
            `An access to the customer space of ${template.companyName} has been created for you.`,
            `Login id: ${template.loginId}`,
            `Temporary password: ${template.temporaryPassword}`,
            `Activate your access no later than ${template.expiresOn} at ${template.portalUrl}/activate?lang=${lang}, where you will choose your own password.`,
            'After that date the temporary password stops working; use "Forgot password" to receive a new one.',
          ],
        }[lang],
      };
    case 'activation-reminder':
      return {
        subject: {
          fr: 'Rappel : activez votre accès à Customer Corner',
          nl: 'Herinnering: activeer uw toegang tot Customer Corner',
          en: 'Reminder: activate your Customer Corner access',
        }[lang],
        lines: {
          fr: [
            `Votre accès (identifiant ${template.loginId}) n'est pas encore activé.`,
            `Le mot de passe temporaire reçu par e-mail reste valable jusqu'au ${template.expiresOn} inclus : ${template.portalUrl}/activate?lang=${lang}`,
          ],
          nl: [
            `Uw toegang (gebruikersnummer ${template.loginId}) is nog niet geactiveerd.`,
            `Het tijdelijke wachtwoord uit de eerste e-mail blijft geldig tot en met ${template.expiresOn}: ${template.portalUrl}/activate?lang=${lang}`,
          ],
          en: [
            `Your access (login id ${template.loginId}) has not been activated yet.`,
            `The temporary password from the first e-mail works until the end of ${template.expiresOn}: ${template.portalUrl}/activate?lang=${lang}`,
          ],
        }[lang],
      };
    case 'lockout':
      return {
        subject: {
          fr: 'Votre accès Customer Corner est bloqué temporairement',
          nl: 'Uw Customer Corner-toegang is tijdelijk geblokkeerd',
          en: 'Your Customer Corner access is temporarily locked',
        }[lang],
        lines: {
          fr: [
            `Après plusieurs tentatives de connexion échouées, l'accès ${template.loginId} est bloqué pendant ${template.minutes} minutes.`,
            `Si ce n'était pas vous, changez votre mot de passe dès que possible : ${template.portalUrl}/forgot-password`,
          ],
          nl: [
            `Na meerdere mislukte aanmeldpogingen is toegang ${template.loginId} ${template.minutes} minuten geblokkeerd.`,
            `Was u dit niet? Wijzig dan zo snel mogelijk uw wachtwoord: ${template.portalUrl}/forgot-password`,
          ],
          en: [
            `After several failed sign-in attempts, access ${template.loginId} is locked for ${template.minutes} minutes.`,
            `If this was not you, change your password as soon as possible: ${template.portalUrl}/forgot-password`,
          ],
        }[lang],
      };
    case 'password-reset':
      return {
        subject: {
          fr: 'Réinitialiser votre mot de passe Customer Corner',
          nl: 'Uw Customer Corner-wachtwoord opnieuw instellen',
          en: 'Reset your Customer Corner password',
        }[lang],
        lines: {
          fr: [
            `Pour choisir un nouveau mot de passe, ouvrez ce lien dans les ${template.minutes} minutes (il ne sert qu'une fois) :`,
            template.resetUrl,
            "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
          ],
          nl: [
            `Open deze link binnen ${template.minutes} minuten om een nieuw wachtwoord te kiezen (hij werkt maar één keer):`,
            template.resetUrl,
            'Hebt u niets gevraagd? Negeer dan dit bericht: uw wachtwoord blijft ongewijzigd.',
          ],
          en: [
            `To choose a new password, open this link within ${template.minutes} minutes (it works once):`,
            template.resetUrl,
            'If you did not ask for this, ignore this message: your password stays as it is.',
          ],
        }[lang],
      };
    case 'password-changed':
      return {
        subject: {
          fr: 'Votre mot de passe Customer Corner a été modifié',
          nl: 'Uw Customer Corner-wachtwoord werd gewijzigd',
          en: 'Your Customer Corner password was changed',
        }[lang],
        lines: {
          fr: [
            "Votre mot de passe vient d'être modifié et vos autres sessions ont été fermées.",
            `Si ce n'était pas vous : ${template.portalUrl}/forgot-password`,
          ],
          nl: [
            'Uw wachtwoord werd zonet gewijzigd en uw andere sessies werden afgesloten.',
            `Was u dit niet? ${template.portalUrl}/forgot-password`,
          ],
          en: [
            'Your password has just been changed and your other sessions were closed.',
            `If this was not you: ${template.portalUrl}/forgot-password`,
          ],
        }[lang],
      };
    case 'new-invoice':
      return {
        subject: {
          fr: `Nouveau document disponible : ${template.documentNumber}`,
          nl: `Nieuw document beschikbaar: ${template.documentNumber}`,
          en: `New document available: ${template.documentNumber}`,
        }[lang],
        lines: {
          fr: [`Un nouveau document de ${template.companyName} est disponible dans votre espace client : ${template.portalUrl}/documents`],
          nl: [`Er is een nieuw document van ${template.companyName} beschikbaar in uw klantenzone: ${template.portalUrl}/documents`],
          en: [`A new document of ${template.companyName} is available in your customer space: ${template.portalUrl}/documents`],
        }[lang],
      };
    case 'request-status': {
      const status = STATUS_LABELS[lang][template.status];
      const comment = template.comment
        ? [
            {
              fr: `Message du Service Clients : ${template.comment}`,
              nl: `Bericht van de Klantendienst: ${template.comment}`,
              en: `Message from Customer Services: ${template.comment}`,
            }[lang],
          ]
        : [];
      return {
        subject: {
          fr: `Votre demande ${template.reference} est ${status}`,
          nl: `Uw aanvraag ${template.reference} is ${status}`,
          en: `Your request ${template.reference} is ${status}`,
        }[lang],
        lines: [
          {
            fr: `Votre demande ${template.reference} est ${status}.`,
            nl: `Uw aanvraag ${template.reference} is ${status}.`,
            en: `Your request ${template.reference} is ${status}.`,
          }[lang],
          ...comment,
          {
            fr: `Détails : ${template.portalUrl}/requests/${template.requestId}`,
            nl: `Details: ${template.portalUrl}/requests/${template.requestId}`,
            en: `Details: ${template.portalUrl}/requests/${template.requestId}`,
          }[lang],
        ],
      };
    }
    case 'bank-details-announced':
      return {
        subject: {
          fr: 'Demande de changement de compte bancaire',
          nl: 'Aanvraag tot wijziging van het bankrekeningnummer',
          en: 'Bank account change requested',
        }[lang],
        lines: {
          fr: [
            `${template.submittedBy} a demandé de remplacer le compte bancaire de ${template.companyName} par ${template.maskedIban} (demande ${template.reference}).`,
            "Si vous ne reconnaissez pas cette demande, contactez immédiatement le Service Clients : elle ne sera appliquée qu'après deux validations.",
            `${template.portalUrl}/requests/${template.requestId}`,
          ],
          nl: [
            `${template.submittedBy} vroeg om de bankrekening van ${template.companyName} te vervangen door ${template.maskedIban} (aanvraag ${template.reference}).`,
            'Herkent u deze aanvraag niet? Neem dan meteen contact op met de Klantendienst: ze wordt pas na twee goedkeuringen toegepast.',
            `${template.portalUrl}/requests/${template.requestId}`,
          ],
          en: [
            `${template.submittedBy} asked to replace the bank account of ${template.companyName} with ${template.maskedIban} (request ${template.reference}).`,
            'If you do not recognise this request, contact Customer Services at once: it is only applied after two approvals.',
            `${template.portalUrl}/requests/${template.requestId}`,
          ],
        }[lang],
      };
    case 'bank-details-applied':
      return {
        subject: { fr: 'Nouveau compte bancaire enregistré', nl: 'Nieuwe bankrekening geregistreerd', en: 'New bank account registered' }[
          lang
        ],
        lines: {
          fr: [
            `Le compte bancaire de ${template.companyName} est désormais ${template.maskedIban} (demande ${template.reference}).`,
            `${template.portalUrl}/company`,
          ],
          nl: [
            `De bankrekening van ${template.companyName} is voortaan ${template.maskedIban} (aanvraag ${template.reference}).`,
            `${template.portalUrl}/company`,
          ],
          en: [
            `The bank account of ${template.companyName} is now ${template.maskedIban} (request ${template.reference}).`,
            `${template.portalUrl}/company`,
          ],
        }[lang],
      };
    case 'registration-received':
      return registrationReceived(template, lang);
  }
}

function registrationReceived(template: Extract<MailTemplate, { kind: 'registration-received' }>, lang: MailLanguage) {
  return {
    subject: {
      fr: "Nous avons bien reçu votre demande d'accès à Customer Corner",
      nl: 'We hebben uw aanvraag voor toegang tot Customer Corner ontvangen',
      en: 'We received your request for access to Customer Corner',
    }[lang],
    lines: {
      fr: [
        `Vous avez demandé à devenir le contact administratif du client ${template.customerNumber} sur Customer Corner.`,
        'Notre Service Clients vérifie ces données. Si elles correspondent à nos dossiers, vous recevrez un second e-mail avec votre identifiant et un mot de passe temporaire.',
        "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
      ],
      nl: [
        `U vroeg om de administratieve contactpersoon van klant ${template.customerNumber} te worden op Customer Corner.`,
        'Onze Klantendienst controleert deze gegevens. Als ze overeenkomen met ons dossier, ontvangt u een tweede e-mail met uw gebruikers-id en een tijdelijk wachtwoord.',
        'Hebt u niets gevraagd? Negeer dan dit bericht.',
      ],
      en: [
        `You asked to become the administrative contact of customer ${template.customerNumber} on Customer Corner.`,
        'Our Customer Services are checking these details. If they match our records, you will receive a second e-mail with your login id and a temporary password.',
        'If you did not ask for this, ignore this message.',
      ],
    }[lang],
  };
}

export function renderMail(template: MailTemplate, language: string): RenderedMail {
  const lang: MailLanguage = language === 'nl' || language === 'en' ? language : 'fr';
  const { subject, lines } = body(template, lang);
  const all = [GREETING[lang](template.name), '', ...lines.flatMap((line) => [line, '']), SIGNATURE[lang]];
  const text = all.join('\n');
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5">${all
    .map((line) => (line ? `<p>${escapeHtml(line).replace(/(https?:\/\/\S+)/g, '<a href="$1">$1</a>')}</p>` : ''))
    .join('')}</body></html>`;
  return { subject, text, html };
}
