import { useTranslation } from 'react-i18next';

import type { VictimStatus } from '@khsae/domain';

import { TagBadge } from '@/components/tag-badge';
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
  return <TagBadge color={STATUS_COLORS[status]}>{enumLabel(t, 'victimStatus', status)}</TagBadge>;
}
