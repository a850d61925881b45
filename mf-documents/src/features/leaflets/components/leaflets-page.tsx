import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  DescriptionList,
  PageHeader,
  portalLanguages,
  Spinner,
  toPortalLanguage,
  type PortalLanguage,
} from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import { CustomerServicesContactQuery } from '../api/leaflets.queries';
import { leafletsNamespace, leafletTopics } from '../i18n/leaflets-translations';
import { leafletUrl } from '../utils/leaflet-urls';

interface FaqItem {
  q: string;
  a: string;
}

/** HLP-1, HLP-2: downloadable guides per language, a short FAQ and how to reach Customer Services. */
export function LeafletsPage({ customerServicesEmail }: { customerServicesEmail: string }) {
  const { t, i18n } = useTranslation(leafletsNamespace);
  const current = toPortalLanguage(i18n.language);
  // The user's language first, then the two others.
  const languages: PortalLanguage[] = [current, ...portalLanguages.filter((language) => language !== current)];
  const faq = t('faq', { returnObjects: true }) as unknown as FaqItem[];
  const { data, loading, error } = useQuery(CustomerServicesContactQuery);
  const contact = data?.customerServicesContact;

  return (
    <div>
      <PageHeader title={t('title')} />
      <p>{t('intro')}</p>
      <section aria-labelledby="leaflets-guides-title">
        <h2 id="leaflets-guides-title">{t('guides')}</h2>
        <p>{t('guidesIntro')}</p>
        {/* One card per guide: a row of cards on wide screens, one under the other on phones. */}
        <div className="cc-row" style={{ alignItems: 'stretch', rowGap: 0 }}>
          {leafletTopics.map((topic) => (
            <Card key={topic} title={t(`topics.${topic}.title`)} titleLevel={3} labelledBy={`leaflet-${topic}`}>
              <p style={{ color: 'var(--cc-color-text-muted)' }}>{t(`topics.${topic}.text`)}</p>
              <ul style={{ margin: 0, paddingLeft: 'var(--cc-space-lg)' }}>
                {languages.map((language) => (
                  <li key={language}>
                    <a
                      href={leafletUrl(topic, language)}
                      hrefLang={language}
                      type="application/pdf"
                      target="_blank"
                      rel="noopener"
                      aria-label={t('downloadIn', { title: t(`topics.${topic}.title`), language: t(`languageNames.${language}`) })}
                    >
                      <span lang={language}>{t(`languageNames.${language}`)}</span> (PDF)
                    </a>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      </section>
      <Card title={t('faqTitle')} labelledBy="leaflets-faq-title">
        {faq.map((item) => (
          <div key={item.q}>
            <h3>{item.q}</h3>
            <p>{item.a}</p>
          </div>
        ))}
      </Card>
      <Card title={t('contactTitle')} labelledBy="leaflets-contact-title">
        <p>{t('contactIntro')}</p>
        {loading ? <Spinner /> : null}
        {contact ? (
          <div style={{ marginBottom: 'var(--cc-space-md)' }}>
            <DescriptionList
              items={[
                { key: 'email', term: t('email'), value: <a href={`mailto:${contact.email}`}>{contact.email}</a> },
                { key: 'phone', term: t('phone'), value: <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a> },
              ]}
            />
          </div>
        ) : null}
        {error && !contact ? <Alert tone="warning" title={t('contactError', { email: customerServicesEmail })} /> : null}
        <Alert tone="info">
          <p>{t('contactAdvice')}</p>
        </Alert>
      </Card>
    </div>
  );
}
