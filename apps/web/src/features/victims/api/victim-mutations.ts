import { useMutation, useQueryClient } from '@tanstack/react-query';

import { answer, api } from '@/lib/api';
import type { VictimIdentityBody } from '@/lib/api-types';
import { recordMutations } from '@/lib/record-mutations';

import { victimKeys } from './victim-keys';
import { victimsApi } from './victim-queries';

const writes = recordMutations(victimKeys, victimsApi);
export const useCreateVictim = writes.useCreate;
export const useUpdateVictim = writes.useUpdate;
export const useArchiveVictim = writes.useArchive;
export const useRestoreVictim = writes.useRestore;

export function putVictimIdentity({
  victimId,
  ...body
}: VictimIdentityBody & { victimId: string }) {
  return answer(
    api.PUT('/api/victims/{id}/identity', { params: { path: { id: victimId } }, body }),
  );
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
