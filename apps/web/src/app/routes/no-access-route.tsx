import { useTranslation } from 'react-i18next';

import { LockIcon } from '@/components/icons';
import { StatusPage } from '@/components/status-page';

import { useSession } from '../session-context';

export function NoAccessRoute() {
  const { t } = useTranslation();
  const user = useSession();
  return (
    <StatusPage
      color="orange"
      icon={<LockIcon size={26} />}
      title={t('noAccess.title')}
      description={t('noAccess.description', { role: t(`roles.${user.role}`) })}
      actionLabel={t('common.backToDashboard')}
      actionTo="/"
    />
  );
}
