import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { navAreasFor, type NavArea, type Permission } from '@khsae/domain';

import { AREA_ICONS } from './icons';

export type MainNavProps = {
  permissions: readonly Permission[];
  onNavigate?: () => void;
};

export function isAreaActive(area: NavArea, pathname: string): boolean {
  if (area.path === '/') return pathname === '/';
  // Match the area's first segment so /admin/users/… keeps "Admin" highlighted.
  const section = `/${area.path.split('/')[1] ?? ''}`;
  return pathname === section || pathname.startsWith(`${section}/`);
}

export function MainNav({ permissions, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={2}>
      {navAreasFor(permissions).map((area) => {
        const AreaIcon = AREA_ICONS[area.key];
        const active = isAreaActive(area, pathname);
        return (
          <NavLink
            key={area.key}
            component={Link}
            to={area.path}
            label={t(`nav.${area.key}`)}
            leftSection={<AreaIcon size={18} />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
            styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
          />
        );
      })}
    </Stack>
  );
}
