import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Role } from '@khsae/domain';

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
  return (
    <Badge
      color={ROLE_COLORS[role]}
      variant="light"
      radius="sm"
      tt="none"
      style={{ minWidth: 'max-content' }}
    >
      {t(`roles.${role}`)}
    </Badge>
  );
}
