import { useQuery } from '@tanstack/react-query';

import { RecordDetailPage, type RecordDetailProps } from '@/components/record-detail';
import type { Compound } from '@/lib/api-types';

import { useArchiveCompound, useRestoreCompound } from '../api/compound-mutations';
import { compoundQueryOptions } from '../api/compound-queries';
import { CompoundStatusBadge } from './compound-status-badge';
import { useCompoundRows } from './use-compound-rows';

export function CompoundDetail({ id, ...rest }: RecordDetailProps<Compound>) {
  const query = useQuery(compoundQueryOptions(id));
  const rows = useCompoundRows();
  return (
    <RecordDetailPage
      kind="compound"
      query={query}
      archive={useArchiveCompound()}
      restore={useRestoreCompound()}
      {...rest}
      view={(compound) => ({
        title: compound.name,
        code: compound.refCode,
        badges: <CompoundStatusBadge status={compound.status} />,
        rows: rows(compound),
      })}
    />
  );
}
