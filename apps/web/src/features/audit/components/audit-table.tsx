import { Button, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SortableTh } from '@/components/sortable-th';
import type { AuditEvent } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { AuditActionBadge, AuditOutcomeBadge } from './audit-badges';

export type AuditTableProps = {
  events: AuditEvent[] | undefined;
  order: 'asc' | 'desc';
  onToggleOrder: () => void;
  onOpen: (event: AuditEvent) => void;
};

const SKELETON_ROWS = 8;

export function AuditTable({ events, order, onToggleOrder, onOpen }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('audit.title')}>
        <Table.Thead>
          <Table.Tr>
            <SortableTh
              sorted={order}
              onSort={onToggleOrder}
              sortLabel={order === 'desc' ? t('audit.oldestFirst') : t('audit.newestFirst')}
            >
              {t('audit.columns.occurredAt')}
            </SortableTh>
            <Table.Th>{t('audit.columns.actor')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.resource')}</Table.Th>
            <Table.Th>{t('audit.columns.outcome')}</Table.Th>
            <Table.Th>
              <Text component="span" size="sm" fw={600}>
                {t('common.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events === undefined
            ? Array.from({ length: SKELETON_ROWS }, (_, row) => (
                <Table.Tr key={row}>
                  {Array.from({ length: 6 }, (_, cell) => (
                    <Table.Td key={cell}>
                      <Skeleton height={14} radius="sm" />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            : events.map((event) => (
                <Table.Tr
                  key={event.id}
                  onClick={() => onOpen(event)}
                  style={{ cursor: 'pointer' }}
                  data-testid="audit-row"
                >
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(event.occurredAt, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{event.actorEmail ?? t('audit.anonymous')}</Text>
                      {event.actorRole && (
                        <Text size="xs" c="dimmed">
                          {t(`roles.${event.actorRole}`)}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <AuditActionBadge action={event.action} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.resourceType ?? t('common.none')}</Text>
                    {event.resourceIds.length > 0 && (
                      <Text size="xs" c="dimmed" ff="monospace" truncate maw={220}>
                        {event.resourceIds.join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AuditOutcomeBadge outcome={event.outcome} />
                  </Table.Td>
                  <Table.Td>
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
                  </Table.Td>
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
