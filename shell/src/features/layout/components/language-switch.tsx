import { useApolloClient, useMutation } from '@apollo/client/react';
import { portalLanguages, toPortalLanguage, type PortalLanguage } from '@customer-corner/ui';
import { useId, useRef } from 'react';
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
  // Two quick switches send two saves whose answers may come back in either order; only the last choice's
  // answer may reach the session, or the saved language (which wins over the device's) would switch the page back.
  const latestSave = useRef(0);
  // Not written to the cache by Apollo itself (it would merge every answer into the login, stale ones too).
  const [saveLanguage] = useMutation(UpdateMyLanguageDocument, { fetchPolicy: 'no-cache' });
  const client = useApolloClient();

  function onChange(language: PortalLanguage) {
    void changeLanguage(i18n, language);
    // The page switches at once; the saved choice (also the language of e-mails) follows quietly.
    if (!me || me.kind !== 'CUSTOMER_USER') return;
    const save = ++latestSave.current;
    saveLanguage({ variables: { language: apiLanguage[language] } })
      .then(({ data }) => {
        if (data && save === latestSave.current)
          client.cache.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: data.updateMyPreferences } });
      })
      .catch(() => undefined);
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
