import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

import { conflictingRecord } from './forms';

type Versioned = { id: string; version: number };

/** The writes of a registry resource, each answered with the record as it is now. */
export type RecordWrites<R, C, P> = {
  create: (body: C) => Promise<R>;
  update: (id: string, patch: P) => Promise<R>;
  archive: (id: string) => Promise<R>;
  restore: (id: string) => Promise<R>;
};

/**
 * A record type's create, update, archive and restore hooks. Each puts the answer in the record's
 * cache entry and refreshes its lists; a 409 puts the version someone else saved there instead.
 */
export function recordMutations<R extends Versioned, C, P>(
  keys: { lists: () => QueryKey; detail: (id: string) => QueryKey },
  api: RecordWrites<R, C, P>,
) {
  function useRecordWrite<V>(write: (variables: V) => Promise<R>) {
    const queryClient = useQueryClient();
    return useMutation({
      mutationFn: write,
      onSuccess: (record) => {
        queryClient.setQueryData(keys.detail(record.id), record);
        return queryClient.invalidateQueries({ queryKey: keys.lists() });
      },
      onError: (error) => {
        // Someone else saved first: show their version wherever this record is on screen.
        const current = conflictingRecord<R>(error);
        if (current) queryClient.setQueryData(keys.detail(current.id), current);
      },
    });
  }

  return {
    useCreate: () => useRecordWrite((body: C) => api.create(body)),
    useUpdate: () =>
      useRecordWrite(({ id, ...patch }: P & { id: string }) => api.update(id, patch as P)),
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
