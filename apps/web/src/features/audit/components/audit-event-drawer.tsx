import { Code, DataList, Drawer, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { AuditEvent } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { AuditActionBadge, AuditOutcomeBadge } from './audit-badges';

export type AuditEventDrawerProps = {
  event: AuditEvent | null;
  onClose: () => void;
};

export function AuditEventDrawer({ event, onClose }: AuditEventDrawerProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const none = t('common.none');

  const rows: [string, ReactNode][] = event
    ? [
        [t('audit.detail.occurredAt'), formatDateTime(event.occurredAt, language)],
        [t('audit.detail.actor'), event.actorEmail ?? t('audit.anonymous')],
        [t('audit.detail.actorRole'), event.actorRole ? t(`roles.${event.actorRole}`) : none],
        [t('audit.detail.action'), <AuditActionBadge key="action" action={event.action} />],
        [t('audit.detail.outcome'), <AuditOutcomeBadge key="outcome" outcome={event.outcome} />],
        [t('audit.detail.reason'), event.reason ?? none],
        [t('audit.detail.resourceType'), event.resourceType ?? none],
        [t('audit.detail.resourceIds'), mono(event.resourceIds.join('\n') || none)],
        [t('audit.detail.fieldGroups'), event.fieldGroups.join(', ') || none],
        [t('audit.detail.clientIp'), mono(event.clientIp ?? none)],
        [t('audit.detail.userAgent'), event.userAgent ?? none],
        [t('audit.detail.requestId'), mono(event.requestId ?? none)],
        [t('audit.detail.id'), mono(event.id)],
      ]
    : [];

  const hasDetails = event !== null && Object.keys(event.details).length > 0;

  return (
    <Drawer
      opened={event !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('audit.detail.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {event && (
        <>
          <DataList labelWidth={170} withDivider>
            {rows.map(([label, value]) => (
              <DataList.Item key={label}>
                <DataList.ItemLabel>{label}</DataList.ItemLabel>
                <DataList.ItemValue>{value}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
          <Group mt="lg" mb="xs">
            <Text fw={600} size="sm">
              {t('audit.detail.details')}
            </Text>
          </Group>
          {hasDetails ? (
            <Code block>{JSON.stringify(event.details, null, 2)}</Code>
          ) : (
            <Text size="sm" c="dimmed">
              {none}
            </Text>
          )}
        </>
      )}
    </Drawer>
  );
}

function mono(value: string) {
  return (
    <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {value}
    </Text>
  );
}
