import { temporaryPasswordDeadline } from '../../core/activation-deadline';

export const activationDeadlineOf = temporaryPasswordDeadline;

const LOCALES: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE' };

/** "vendredi 13 novembre 2026" — the last day the temporary password works, in the mail's language. */
export function formatDeadline(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'fr-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}
