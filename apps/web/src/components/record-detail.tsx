import { Badge, Stack } from '@mantine/core';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Permission } from '@khsae/domain';

import { enumLabel } from '@/lib/enumerations';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { listPath, recordPath, REGISTRY_SECTIONS, type RegistryKind } from '@/lib/record-paths';
import type { AnyRegistryRecord } from '@/lib/registry-api';

import { DetailHeader } from './detail-header';
import { FieldList, type FieldRow } from './field-list';
import { QueryBoundary } from './query-boundary';
import { ArchivedAlert, RecordActions } from './record-lifecycle';
import { SectionCard } from './section-card';

/** What the app hands a record's page: the user's rights and the record's panels. */
export type RecordDetailProps<R> = {
  id: string;
  canWrite: boolean;
  canRestore: boolean;
  /** The signed-in user's permissions, for actions that depend on them (Show network). */
  permissions: readonly Permission[];
  /** The record's identifiers and links, composed by the app. */
  panels: (record: R) => ReactNode;
};

/** What a kind's page shows of one record. */
export type RecordView = {
  title: string;
  subtitle?: ReactNode;
  /** The record's code: in the archive and restore messages, and as a badge unless `codeBadge` is false. */
  code: string;
  codeBadge?: boolean;
  badges?: ReactNode;
  /** Every field of the record; when it was created and last changed follow. */
  rows: FieldRow[];
  /** Sections above and below the details. */
  before?: ReactNode;
  after?: ReactNode;
};

type IdMutation = UseMutationResult<unknown, Error, string>;

export type RecordDetailPageProps<R extends AnyRegistryRecord> = Omit<
  RecordDetailProps<R>,
  'id'
> & {
  kind: RegistryKind;
  query: UseQueryResult<R>;
  archive: IdMutation;
  restore: IdMutation;
  view: (record: R) => RecordView;
};

/**
 * A record's page: the way back to its list, its name, badges and actions (show network, edit,
 * archive), the archived notice with "Restore", its details, and its panels.
 */
export function RecordDetailPage<R extends AnyRegistryRecord>({
  kind,
  query,
  view,
  ...rest
}: RecordDetailPageProps<R>) {
  return (
    <QueryBoundary query={query} backTo={listPath(kind)}>
      {(record) => <RecordPage kind={kind} record={record} view={view(record)} {...rest} />}
    </QueryBoundary>
  );
}

function RecordPage<R extends AnyRegistryRecord>({
  kind,
  record,
  view,
  archive,
  restore,
  canWrite,
  canRestore,
  permissions,
  panels,
}: Omit<RecordDetailPageProps<R>, 'query' | 'view'> & { record: R; view: RecordView }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const archived = record.archivedAt !== null;
  const label = `${enumLabel(t, 'recordKind', kind)} ${view.code}`;

  return (
    <>
      <DetailHeader
        backTo={listPath(kind)}
        backLabel={t(`${REGISTRY_SECTIONS[kind]}.title`)}
        title={view.title}
        subtitle={view.subtitle}
        badges={
          <>
            {view.codeBadge !== false && (
              <Badge variant="default" tt="none" ff="monospace">
                {view.code}
              </Badge>
            )}
            {view.badges}
            {archived && (
              <Badge color="gray" tt="none">
                {t('registry.archived')}
              </Badge>
            )}
          </>
        }
        actions={
          !archived && (
            <RecordActions
              kind={kind}
              id={record.id}
              name={label}
              archive={archive}
              editTo={`${recordPath(kind, record.id)}/edit`}
              canWrite={canWrite}
              permissions={permissions}
            />
          )
        }
      />
      {record.archivedAt && (
        <ArchivedAlert
          id={record.id}
          name={label}
          archivedAt={record.archivedAt}
          restore={canRestore ? restore : undefined}
        />
      )}
      <Stack gap="lg">
        {view.before}
        <SectionCard title={t('registry.details')}>
          <FieldList
            rows={[
              ...view.rows,
              {
                key: 'createdAt',
                label: t('registry.createdAt'),
                value: formatDateTime(record.createdAt, language),
              },
              {
                key: 'updatedAt',
                label: t('registry.updatedAt'),
                value: formatDateTime(record.updatedAt, language),
              },
            ]}
          />
        </SectionCard>
        {view.after}
        {panels(record)}
      </Stack>
    </>
  );
}
