import { useTranslation } from 'react-i18next';

import type { CompoundStatus } from '@khsae/domain';

import { TagBadge } from '@/components/tag-badge';
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
    <TagBadge color={STATUS_COLORS[status]}>{enumLabel(t, 'compoundStatus', status)}</TagBadge>
  );
}
