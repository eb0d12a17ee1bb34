import { Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';

import { useGazetteerTranslation } from '@/features/places/i18n/gazetteer-i18n';

import { useCan } from '../use-can';

/** The admin area's two screens, users and the gazetteer, for a role that may open both. */
export function AdminTabs() {
  const { t } = useGazetteerTranslation();
  const can = useCan();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  if (!can('users:manage') || !can('reference_data:manage')) return null;
  return (
    <Tabs
      value={pathname.startsWith('/admin/gazetteer') ? 'gazetteer' : 'users'}
      onChange={(tab) => void navigate(`/admin/${tab ?? 'users'}`)}
      mb="lg"
    >
      <Tabs.List aria-label={t('tabs.label')}>
        <Tabs.Tab value="users">{t('tabs.users')}</Tabs.Tab>
        <Tabs.Tab value="gazetteer">{t('tabs.gazetteer')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
