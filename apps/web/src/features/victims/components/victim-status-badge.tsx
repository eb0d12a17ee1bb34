import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { VictimStatus } from '@khsae/domain';

import { enumLabel } from '@/lib/enumerations';

const STATUS_COLORS: Record<VictimStatus, string> = {
  missing: 'red',
  in_compound: 'orange',
  rescued: 'yellow',
  in_shelter: 'cyan',
  repatriated: 'blue',
  reintegrated: 'green',
};

export function VictimStatusBadge({ status }: { status: VictimStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      tt="none"
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {enumLabel(t, 'victimStatus', status)}
    </Badge>
  );
}
