import { useTranslation } from 'react-i18next';

import type { Role } from '@khsae/domain';

import { TagBadge } from './tag-badge';

const ROLE_COLORS: Record<Role, string> = {
  investigator: 'blue',
  supervisor: 'indigo',
  victim_support: 'teal',
  intake_officer: 'cyan',
  admin: 'grape',
  auditor: 'orange',
};

export type RoleBadgeProps = {
  role: Role;
};

export function RoleBadge({ role }: RoleBadgeProps) {
  const { t } = useTranslation();
  return <TagBadge color={ROLE_COLORS[role]}>{t(`roles.${role}`)}</TagBadge>;
}
