import { useTranslation } from 'react-i18next';

import type { BrokerRole, LegalStatus } from '@khsae/domain';

import { TagBadge } from '@/components/tag-badge';
import { enumLabel } from '@/lib/enumerations';

const LEGAL_STATUS_COLORS: Record<LegalStatus, string> = {
  unknown: 'gray',
  at_large: 'red',
  arrested: 'orange',
  charged: 'yellow',
  convicted: 'green',
};

export function LegalStatusBadge({ status }: { status: LegalStatus }) {
  const { t } = useTranslation();
  return (
    <TagBadge color={LEGAL_STATUS_COLORS[status]}>{enumLabel(t, 'legalStatus', status)}</TagBadge>
  );
}

export function BrokerRoleBadge({ role }: { role: BrokerRole }) {
  const { t } = useTranslation();
  return (
    <TagBadge color="indigo" variant="outline">
      {enumLabel(t, 'brokerRole', role)}
    </TagBadge>
  );
}
