import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { AuditAction, AuditOutcome } from '@khsae/domain';

const OUTCOME_COLORS: Record<AuditOutcome, string> = {
  success: 'green',
  denied: 'orange',
  failure: 'red',
};

export type AuditOutcomeBadgeProps = { outcome: AuditOutcome };

export function AuditOutcomeBadge({ outcome }: AuditOutcomeBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color={OUTCOME_COLORS[outcome]}
      variant="light"
      tt="none"
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {t(`audit.outcomes.${outcome}`)}
    </Badge>
  );
}

const SENSITIVE_ACTIONS: readonly AuditAction[] = [
  'read_sensitive',
  'export',
  'access_denied',
  'login_rate_limited',
];

export type AuditActionBadgeProps = { action: AuditAction };

export function AuditActionBadge({ action }: AuditActionBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color={SENSITIVE_ACTIONS.includes(action) ? 'grape' : 'gray'}
      variant="outline"
      tt="none"
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {t(`audit.actions.${action}`)}
    </Badge>
  );
}
