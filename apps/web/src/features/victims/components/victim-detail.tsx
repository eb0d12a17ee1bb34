import { useQuery } from '@tanstack/react-query';

import { RecordDetailPage, type RecordDetailProps } from '@/components/record-detail';
import type { Victim } from '@/lib/api-types';

import { useArchiveVictim, useRestoreVictim } from '../api/victim-mutations';
import { victimQueryOptions } from '../api/victim-queries';
import { IdentityPanel } from './identity-panel';
import { useVictimRows } from './use-victim-rows';
import { VictimStatusBadge } from './victim-status-badge';

export type VictimDetailProps = RecordDetailProps<Victim> & {
  /** victim_identity:write: may record or change the identity (when it may be read). */
  canWriteIdentity: boolean;
};

export function VictimDetail({ id, canWriteIdentity, ...rest }: VictimDetailProps) {
  const query = useQuery(victimQueryOptions(id));
  const rows = useVictimRows();
  return (
    <RecordDetailPage
      kind="victim"
      query={query}
      archive={useArchiveVictim()}
      restore={useRestoreVictim()}
      {...rest}
      view={(victim) => ({
        title: victim.code,
        code: victim.code,
        codeBadge: false,
        badges: <VictimStatusBadge status={victim.status} />,
        rows: rows(victim),
        after: victim.canReadIdentity && (
          // Keyed by victim: moving to another victim hides the identity again.
          <IdentityPanel
            key={victim.id}
            victimId={victim.id}
            code={victim.code}
            canWrite={canWriteIdentity && victim.archivedAt === null}
          />
        ),
      })}
    />
  );
}
