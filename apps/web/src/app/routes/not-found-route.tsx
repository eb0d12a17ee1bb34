import { useTranslation } from 'react-i18next';

import { CompassIcon } from '@/components/icons';
import { StatusPage } from '@/components/status-page';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <StatusPage
      color="gray"
      icon={<CompassIcon size={26} />}
      title={t('notFound.title')}
      description={t('notFound.description')}
      actionLabel={t('common.backToDashboard')}
      actionTo="/"
    />
  );
}
