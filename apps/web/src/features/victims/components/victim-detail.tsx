import { Badge, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Permission, Victim } from '@khsae/domain';

import { DetailHeader } from '@/components/detail-header';
import { FieldList } from '@/components/field-list';
import { QueryBoundary } from '@/components/query-boundary';
import { ArchivedAlert, RecordActions } from '@/components/record-lifecycle';
import { SectionCard } from '@/components/section-card';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { useArchiveVictim, useRestoreVictim } from '../api/victim-mutations';
import { victimQueryOptions } from '../api/victim-queries';
import { IdentityPanel } from './identity-panel';
import { useVictimRows } from './use-victim-rows';
import { VictimStatusBadge } from './victim-status-badge';

export type VictimDetailProps = {
  id: string;
  canWrite: boolean;
  canRestore: boolean;
  /** The signed-in user's permissions, for actions that depend on them (Show network). */
  permissions: readonly Permission[];
  /** victim_identity:write: may record or change the identity (when it may be read). */
  canWriteIdentity: boolean;
  panels: (victim: Victim) => ReactNode;
};

export function VictimDetail({ id, ...rest }: VictimDetailProps) {
  const query = useQuery(victimQueryOptions(id));
  return (
    <QueryBoundary query={query} backTo="/victims">
      {(victim) => <VictimPage victim={victim} {...rest} />}
    </QueryBoundary>
  );
}

function VictimPage({
  victim,
  canWrite,
  canRestore,
  permissions,
  canWriteIdentity,
  panels,
}: Omit<VictimDetailProps, 'id'> & { victim: Victim }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const rows = useVictimRows();
  const archive = useArchiveVictim();
  const restore = useRestoreVictim();
  const archived = victim.archivedAt !== null;
  const label = `${t('enums.recordKind.victim')} ${victim.code}`;

  return (
    <>
      <DetailHeader
        backTo="/victims"
        backLabel={t('victims.title')}
        title={victim.code}
        badges={
          <>
            <VictimStatusBadge status={victim.status} />
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
              kind="victim"
              id={victim.id}
              name={label}
              archive={archive}
              editTo={`/victims/${victim.id}/edit`}
              canWrite={canWrite}
              permissions={permissions}
            />
          )
        }
      />
      {victim.archivedAt && (
        <ArchivedAlert
          id={victim.id}
          name={label}
          archivedAt={victim.archivedAt}
          restore={canRestore ? restore : undefined}
        />
      )}
      <Stack gap="lg">
        <SectionCard title={t('registry.details')}>
          <FieldList
            rows={[
              ...rows(victim),
              {
                key: 'createdAt',
                label: t('registry.createdAt'),
                value: formatDateTime(victim.createdAt, language),
              },
              {
                key: 'updatedAt',
                label: t('registry.updatedAt'),
                value: formatDateTime(victim.updatedAt, language),
              },
            ]}
          />
        </SectionCard>
        {victim.canReadIdentity && (
          // Keyed by victim: moving to another victim hides the identity again.
          <IdentityPanel
            key={victim.id}
            victimId={victim.id}
            code={victim.code}
            canWrite={canWriteIdentity && !archived}
          />
        )}
        {panels(victim)}
      </Stack>
    </>
  );
}
