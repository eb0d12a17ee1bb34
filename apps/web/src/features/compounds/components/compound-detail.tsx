import { Badge, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Compound, Permission } from '@khsae/domain';

import { DetailHeader } from '@/components/detail-header';
import { FieldList } from '@/components/field-list';
import { QueryBoundary } from '@/components/query-boundary';
import { ArchivedAlert, RecordActions } from '@/components/record-lifecycle';
import { SectionCard } from '@/components/section-card';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { useArchiveCompound, useRestoreCompound } from '../api/compound-mutations';
import { compoundQueryOptions } from '../api/compound-queries';
import { CompoundStatusBadge } from './compound-status-badge';
import { useCompoundRows } from './use-compound-rows';

export type CompoundDetailProps = {
  id: string;
  canWrite: boolean;
  canRestore: boolean;
  /** The signed-in user's permissions, for actions that depend on them (Show network). */
  permissions: readonly Permission[];
  panels: (compound: Compound) => ReactNode;
};

export function CompoundDetail({ id, ...rest }: CompoundDetailProps) {
  const query = useQuery(compoundQueryOptions(id));
  return (
    <QueryBoundary query={query} backTo="/compounds">
      {(compound) => <CompoundPage compound={compound} {...rest} />}
    </QueryBoundary>
  );
}

function CompoundPage({
  compound,
  canWrite,
  canRestore,
  permissions,
  panels,
}: Omit<CompoundDetailProps, 'id'> & { compound: Compound }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const rows = useCompoundRows();
  const archive = useArchiveCompound();
  const restore = useRestoreCompound();
  const archived = compound.archivedAt !== null;
  const label = `${t('enums.recordKind.compound')} ${compound.refCode}`;

  return (
    <>
      <DetailHeader
        backTo="/compounds"
        backLabel={t('compounds.title')}
        title={compound.name}
        badges={
          <>
            <Badge variant="default" tt="none" ff="monospace">
              {compound.refCode}
            </Badge>
            <CompoundStatusBadge status={compound.status} />
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
              kind="compound"
              id={compound.id}
              name={label}
              archive={archive}
              editTo={`/compounds/${compound.id}/edit`}
              canWrite={canWrite}
              permissions={permissions}
            />
          )
        }
      />
      {compound.archivedAt && (
        <ArchivedAlert
          id={compound.id}
          name={label}
          archivedAt={compound.archivedAt}
          restore={canRestore ? restore : undefined}
        />
      )}
      <Stack gap="lg">
        <SectionCard title={t('registry.details')}>
          <FieldList
            rows={[
              ...rows(compound),
              {
                key: 'createdAt',
                label: t('registry.createdAt'),
                value: formatDateTime(compound.createdAt, language),
              },
              {
                key: 'updatedAt',
                label: t('registry.updatedAt'),
                value: formatDateTime(compound.updatedAt, language),
              },
            ]}
          />
        </SectionCard>
        {panels(compound)}
      </Stack>
    </>
  );
}
