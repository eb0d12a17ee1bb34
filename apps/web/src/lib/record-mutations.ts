import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

import { conflictingRecord } from './forms';
import type {
  RegistryApi,
  RegistryCreateBody,
  RegistryPatchBody,
  RegistryRecord,
  RegistryResource,
} from './registry-api';

/**
 * A record type's create, update, archive and restore hooks. Each puts the answer in the record's
 * cache entry and refreshes its lists; a 409 puts the version someone else saved there instead.
 */
export function recordMutations<R extends RegistryResource>(
  keys: { lists: () => QueryKey; detail: (id: string) => QueryKey },
  api: RegistryApi<R>,
) {
  function useRecordWrite<V>(write: (variables: V) => Promise<RegistryRecord<R>>) {
    const queryClient = useQueryClient();
    return useMutation({
      mutationFn: write,
      onSuccess: (record) => {
        queryClient.setQueryData(keys.detail(record.id), record);
        return queryClient.invalidateQueries({ queryKey: keys.lists() });
      },
      onError: (error) => {
        // Someone else saved first: show their version wherever this record is on screen.
        const current = conflictingRecord<RegistryRecord<R>>(error);
        if (current) queryClient.setQueryData(keys.detail(current.id), current);
      },
    });
  }

  return {
    useCreate: () => useRecordWrite((body: RegistryCreateBody<R>) => api.create(body)),
    useUpdate: () =>
      useRecordWrite(({ id, ...patch }: RegistryPatchBody<R> & { id: string }) =>
        api.update(id, patch as RegistryPatchBody<R>),
      ),
    useArchive: () => useRecordWrite((id: string) => api.archive(id)),
    useRestore: () => useRecordWrite((id: string) => api.restore(id)),
  };
}

/** A write whose answer shows on many records' pages: every query under `queryKey` is refreshed. */
export function useRefreshingMutation<V, R>(
  mutationFn: (variables: V) => Promise<R>,
  queryKey: QueryKey,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}
