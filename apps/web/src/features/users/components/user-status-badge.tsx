import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Active" or "Disabled". */
export function UserStatusBadge({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={disabled ? 'gray' : 'green'}
      variant="dot"
      tt="none"
      style={{ minWidth: 'max-content' }}
    >
      {disabled ? t('users.disabled') : t('users.active')}
    </Badge>
  );
}
