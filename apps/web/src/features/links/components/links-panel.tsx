import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { PAGE_SIZE_DEFAULT } from '@khsae/domain';

import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { ArchiveIcon, ArrowLeftIcon, ArrowRightIcon, PlusIcon } from '@/components/icons';
import { notifyDone } from '@/components/notify-done';
import { PageFooter } from '@/components/page-footer';
import { ScriptText } from '@/components/script-text';
import { SectionCard } from '@/components/section-card';
import type { Link, RecordRef } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';
import { formatDate, formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { recordPath } from '@/lib/record-paths';

import { useArchiveLink } from '../api/link-mutations';
import { recordLinksQueryOptions } from '../api/link-queries';
import type { LinkDraft } from '../link-form-values';
import { AddLinkModal } from './add-link-modal';
import { ConfidenceBadge } from './confidence-badge';

export type LinksPanelProps = {
  record: RecordRef;
  canWrite: boolean;
  draft?: LinkDraft | null;
  onDraftClosed?: () => void;
};

export function LinksPanel({ record, canWrite, draft = null, onDraftClosed }: LinksPanelProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [archiving, setArchiving] = useState<Link | null>(null);
  const query = useQuery(
    recordLinksQueryOptions({ recordId: record.id, page, pageSize: PAGE_SIZE_DEFAULT }),
  );
  const archive = useArchiveLink();
  const data = query.data;

  return (
    <SectionCard
      title={t('links.title')}
      description={t('links.description')}
      data-testid="links-panel"
      actions={
        canWrite && (
          <Button
            size="xs"
            variant="light"
            leftSection={<PlusIcon size={14} />}
            onClick={() => setAdding(true)}
          >
            {t('links.add')}
          </Button>
        )
      }
    >
      {query.isError && !data ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : data === undefined ? (
        <Stack gap="xs">
          <Skeleton height={28} />
          <Skeleton height={28} />
        </Stack>
      ) : data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('links.empty')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table
              verticalSpacing="sm"
              aria-label={t('links.title')}
              style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('links.columns.type')}</Table.Th>
                  <Table.Th>{t('links.columns.other')}</Table.Th>
                  <Table.Th>{t('links.columns.dates')}</Table.Th>
                  <Table.Th>{t('links.columns.confidence')}</Table.Th>
                  <Table.Th>{t('links.columns.source')}</Table.Th>
                  <Table.Th>{t('links.columns.evidence')}</Table.Th>
                  <Table.Th>{t('links.columns.recorded')}</Table.Th>
                  {canWrite && (
                    <Table.Th>
                      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((link) => (
                  <LinkRow
                    key={link.id}
                    link={link}
                    recordId={record.id}
                    canWrite={canWrite}
                    onArchive={() => setArchiving(link)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.total > data.pageSize && (
            <PageFooter
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onPageChange={setPage}
            />
          )}
        </>
      )}
      {canWrite && (
        <AddLinkModal
          opened={adding || draft !== null}
          record={record}
          draft={draft}
          onClose={() => {
            setAdding(false);
            onDraftClosed?.();
          }}
        />
      )}
      <ConfirmModal
        opened={archiving !== null}
        title={t('links.archiveTitle')}
        body={t('links.archiveBody')}
        confirmLabel={t('links.archive')}
        pending={archive.isPending}
        error={archive.error}
        onClose={() => {
          setArchiving(null);
          archive.reset();
        }}
        onConfirm={() =>
          archiving &&
          archive.mutate(archiving.id, {
            onSuccess: () => {
              notifyDone(t, t('links.archived'));
              setArchiving(null);
              archive.reset();
            },
          })
        }
      />
    </SectionCard>
  );
}

function LinkRow({
  link,
  recordId,
  canWrite,
  onArchive,
}: {
  link: Link;
  recordId: string;
  canWrite: boolean;
  onArchive: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const outgoing = link.from.id === recordId;
  const other = outgoing ? link.to : link.from;
  const path = recordPath(other.kind, other.id);
  const started = formatDate(link.startedOn, language);
  const ended = formatDate(link.endedOn, language);
  const typeLabel = enumLabel(t, 'linkType', link.type);
  const directionLabel = outgoing
    ? t('links.outgoing', { this: t('links.thisRecord') })
    : t('links.incoming', { this: t('links.thisRecord') });

  return (
    <Table.Tr data-testid="link-row" data-link-type={link.type}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Tooltip label={directionLabel}>
            <span aria-label={directionLabel} role="img" style={{ display: 'inline-flex' }}>
              {outgoing ? <ArrowRightIcon size={16} /> : <ArrowLeftIcon size={16} />}
            </span>
          </Tooltip>
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {typeLabel}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Badge
              size="xs"
              variant="default"
              tt="none"
              style={{ flexShrink: 0, minWidth: 'max-content' }}
            >
              {enumLabel(t, 'recordKind', other.kind)}
            </Badge>
            {path ? (
              <Anchor component={RouterLink} to={path} size="sm" fw={600} data-testid="link-other">
                <ScriptText component="span" size="sm" fw={600}>
                  {other.label}
                </ScriptText>
              </Anchor>
            ) : (
              <ScriptText component="span" size="sm" fw={600}>
                {other.label}
              </ScriptText>
            )}
          </Group>
          {other.sublabel ? (
            <ScriptText size="xs" c="dimmed">
              {other.sublabel}
            </ScriptText>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {started && ended
            ? t('links.between', { from: started, to: ended })
            : started
              ? t('links.since', { date: started })
              : ended
                ? t('links.until', { date: ended })
                : t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td>
        <ConfidenceBadge confidence={link.confidence} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{enumLabel(t, 'linkSource', link.source)}</Text>
        {link.sourceRef ? (
          <Text size="xs" c="dimmed" ff="monospace">
            {link.sourceRef}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td maw={260}>
        <Text size="sm" lineClamp={3} title={link.evidence ?? undefined}>
          {link.evidence ?? t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
          {link.createdByName ?? t('links.unknownRecorder')}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(link.createdAt, language)}
        </Text>
      </Table.Td>
      {canWrite && (
        <Table.Td>
          <Tooltip label={t('links.archive')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={onArchive}
              aria-label={t('links.archiveLabel', { type: typeLabel, name: other.label })}
            >
              <ArchiveIcon size={16} />
            </ActionIcon>
          </Tooltip>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
