import { Badge, Card, PageHeader } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import { profilesNamespace, type ProfilesSection } from '../coming-soon-translations';

/** An honest placeholder: the tab exists, loads through the shell, and says it is not built yet. No fake data. */
export function ComingSoonPage({ section }: { section: ProfilesSection }) {
  const { t } = useTranslation(profilesNamespace);
  return (
    <div>
      <PageHeader title={t(`sections.${section}.title`)}>
        <Badge tone="info">{t('badge')}</Badge>
      </PageHeader>
      <Card>
        <p>{t('notYet')}</p>
        <p>{t(`sections.${section}.text`)}</p>
      </Card>
    </div>
  );
}
