import { useMutation } from '@apollo/client/react';
import { portalLanguages, toPortalLanguage, type PortalLanguage } from '@customer-corner/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../../app/i18n';
import { MeDocument, UpdateMyLanguageDocument } from '../../auth/api/identity.operations';
import { useSession } from '../../auth/hooks/session';

const apiLanguage = { fr: 'FR', nl: 'NL', en: 'EN' } as const;

/** French (default), Dutch, English; each option written in its own language. Signed in, the choice is saved (PRO-6). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('shell');
  const id = useId();
  const { me } = useSession();
  const [saveLanguage] = useMutation(UpdateMyLanguageDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: data.updateMyPreferences } });
    },
  });

  function onChange(language: PortalLanguage) {
    void changeLanguage(i18n, language);
    // The page switches at once; the saved choice (also the language of e-mails) follows quietly.
    if (me && me.kind === 'CUSTOMER_USER') saveLanguage({ variables: { language: apiLanguage[language] } }).catch(() => undefined);
  }

  return (
    <div className="shell-language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="cc-select"
        value={toPortalLanguage(i18n.language)}
        onChange={(e) => onChange(e.target.value as PortalLanguage)}
      >
        {portalLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
