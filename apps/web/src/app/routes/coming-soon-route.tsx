import { useTranslation } from 'react-i18next';

import type { NavAreaKey } from '@khsae/domain';

import { AREA_ICONS } from '@/components/icons';
import { PageHeader } from '@/components/page-header';
import { StatusPage } from '@/components/status-page';

export type ComingSoonRouteProps = {
  area: NavAreaKey;
};

export function ComingSoonRoute({ area }: ComingSoonRouteProps) {
  const { t } = useTranslation();
  const AreaIcon = AREA_ICONS[area];
  const label = t(`nav.${area}`);
  return (
    <>
      <PageHeader title={label} description={t(`areaDescriptions.${area}`)} />
      <StatusPage
        icon={<AreaIcon size={26} />}
        title={t('comingSoon.title', { area: label })}
        description={t('comingSoon.description')}
        actionLabel={t('common.backToDashboard')}
        actionTo="/"
        headingOrder={2}
      />
    </>
  );
}
