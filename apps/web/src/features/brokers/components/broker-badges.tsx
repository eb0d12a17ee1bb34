import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { BrokerRole, LegalStatus } from '@khsae/domain';

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
    <Badge
      color={LEGAL_STATUS_COLORS[status]}
      variant="light"
      tt="none"
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {enumLabel(t, 'legalStatus', status)}
    </Badge>
  );
}

export function BrokerRoleBadge({ role }: { role: BrokerRole }) {
  const { t } = useTranslation();
  return (
    <Badge
      color="indigo"
      variant="outline"
      tt="none"
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {enumLabel(t, 'brokerRole', role)}
    </Badge>
  );
}
