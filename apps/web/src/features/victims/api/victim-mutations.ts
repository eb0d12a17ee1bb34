import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Victim, VictimIdentity } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';
import { conflictingRecord } from '@/lib/forms';

import type { IdentityBody, VictimCreateBody, VictimPatch } from '../victim-form-values';
import { victimKeys } from './victim-keys';
import { victimsApi } from './victim-queries';

function useVictimWrite<V>(write: (variables: V) => Promise<Victim>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (victim) => {
      queryClient.setQueryData(victimKeys.detail(victim.id), victim);
      return queryClient.invalidateQueries({ queryKey: victimKeys.lists() });
    },
    onError: (error) => {
      const current = conflictingRecord<Victim>(error);
      if (current) queryClient.setQueryData(victimKeys.detail(current.id), current);
    },
  });
}

export const useCreateVictim = () =>
  useVictimWrite((body: VictimCreateBody) => victimsApi.create(body));
export const useUpdateVictim = () =>
  useVictimWrite(({ id, ...patch }: VictimPatch & { id: string }) => victimsApi.update(id, patch));
export const useArchiveVictim = () => useVictimWrite((id: string) => victimsApi.archive(id));
export const useRestoreVictim = () => useVictimWrite((id: string) => victimsApi.restore(id));

export function putVictimIdentity({
  victimId,
  ...body
}: IdentityBody & { victimId: string }): Promise<VictimIdentity> {
  return apiRequest<VictimIdentity>(`/victims/${encodeURIComponent(victimId)}/identity`, {
    method: 'PUT',
    body,
  });
}

/** Saves the identity; the answer replaces the one on screen (never cached beyond it: gcTime 0). */
export function useSaveVictimIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putVictimIdentity,
    onSuccess: (identity) =>
      queryClient.setQueryData(victimKeys.identity(identity.victimId), identity),
  });
}
