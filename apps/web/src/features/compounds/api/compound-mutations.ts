import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Compound } from '@khsae/domain';

import { conflictingRecord } from '@/lib/forms';

import type { CompoundCreateBody, CompoundPatch } from '../compound-form-values';
import { compoundKeys } from './compound-keys';
import { compoundsApi } from './compound-queries';

function useCompoundWrite<V>(write: (variables: V) => Promise<Compound>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (compound) => {
      queryClient.setQueryData(compoundKeys.detail(compound.id), compound);
      return queryClient.invalidateQueries({ queryKey: compoundKeys.lists() });
    },
    onError: (error) => {
      // Someone else saved first: show their version wherever this compound is on screen.
      const current = conflictingRecord<Compound>(error);
      if (current) queryClient.setQueryData(compoundKeys.detail(current.id), current);
    },
  });
}

export const useCreateCompound = () =>
  useCompoundWrite((body: CompoundCreateBody) => compoundsApi.create(body));
export const useUpdateCompound = () =>
  useCompoundWrite(({ id, ...patch }: CompoundPatch & { id: string }) =>
    compoundsApi.update(id, patch),
  );
export const useArchiveCompound = () => useCompoundWrite((id: string) => compoundsApi.archive(id));
export const useRestoreCompound = () => useCompoundWrite((id: string) => compoundsApi.restore(id));
