import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Victim, VictimIdentity } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';
import { recordMutations } from '@/lib/record-mutations';

import type { IdentityBody, VictimCreateBody, VictimPatch } from '../victim-form-values';
import { victimKeys } from './victim-keys';
import { victimsApi } from './victim-queries';

const writes = recordMutations<Victim, VictimCreateBody, VictimPatch>(victimKeys, victimsApi);
export const useCreateVictim = writes.useCreate;
export const useUpdateVictim = writes.useUpdate;
export const useArchiveVictim = writes.useArchive;
export const useRestoreVictim = writes.useRestore;

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
