import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { CompoundStatus } from '@khsae/domain';

import { enumLabel } from '@/lib/enumerations';

const STATUS_COLORS: Record<CompoundStatus, string> = {
  suspected: 'yellow',
  active: 'red',
  raided: 'orange',
  closed: 'gray',
  relocated: 'grape',
};

export function CompoundStatusBadge({ status }: { status: CompoundStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      tt="none"
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {enumLabel(t, 'compoundStatus', status)}
    </Badge>
  );
}
