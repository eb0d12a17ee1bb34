import { Button, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';

import type { RecordColumn } from '@/components/record-table';
import type { AuditEvent } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import type { SortOrder } from '@/lib/list-filter';

import { AuditActionBadge, AuditOutcomeBadge } from './audit-badges';

export function auditColumns(
  t: TFunction,
  language: Language,
  order: SortOrder,
  onOpen: (event: AuditEvent) => void,
): RecordColumn<AuditEvent, 'occurredAt'>[] {
  return [
    {
      key: 'occurredAt',
      sort: 'occurredAt',
      sortLabel: order === 'desc' ? t('audit.oldestFirst') : t('audit.newestFirst'),
      label: t('audit.columns.occurredAt'),
      cell: (event) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(event.occurredAt, language)}
        </Text>
      ),
    },
    {
      key: 'actor',
      label: t('audit.columns.actor'),
      cell: (event) => (
        <Stack gap={0}>
          <Text size="sm">{event.actorEmail ?? t('audit.anonymous')}</Text>
          {event.actorRole && (
            <Text size="xs" c="dimmed">
              {t(`roles.${event.actorRole}`)}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'action',
      label: t('audit.columns.action'),
      cell: (event) => <AuditActionBadge action={event.action} />,
    },
    {
      key: 'resource',
      label: t('audit.columns.resource'),
      cell: (event) => (
        <>
          <Text size="sm">{event.resourceType ?? t('common.none')}</Text>
          {event.resourceIds.length > 0 && (
            <Text size="xs" c="dimmed" ff="monospace" truncate maw={220}>
              {event.resourceIds.join(', ')}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'outcome',
      label: t('audit.columns.outcome'),
      cell: (event) => <AuditOutcomeBadge outcome={event.outcome} />,
    },
    {
      key: 'actions',
      label: t('common.actions'),
      cell: (event) => (
        <Button
          size="xs"
          variant="subtle"
          onClick={(click) => {
            click.stopPropagation();
            onOpen(event);
          }}
        >
          {t('audit.viewDetails')}
        </Button>
      ),
    },
  ];
}
