import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import type { GraphViewCanvas } from '@khsae/domain';

import { isApiError } from '@/lib/api';
import type { GraphView, GraphViewSummary } from '@/lib/api-types';
import { conflictingRecord } from '@/lib/forms';

import { graphViewKeys } from './graph-view-keys';
import { graphViewsApi } from './graph-view-queries';

/** Save the canvas under a name: a new view, or over the one of that name (`replace`). */
export type SaveViewVariables = {
  name: string;
  canvas: GraphViewCanvas;
  replace?: { id: string; version: number };
};
export type RenameViewVariables = { id: string; version: number; name: string };

function written(queryClient: QueryClient, view: GraphView) {
  queryClient.setQueryData(graphViewKeys.detail(view.id), view);
  return queryClient.invalidateQueries({ queryKey: graphViewKeys.lists() });
}

/** A 409 or 404 means the list on screen is out of date: show the latest before the user retries. */
function refused(queryClient: QueryClient, error: unknown) {
  const current = conflictingRecord<GraphView>(error);
  if (current) queryClient.setQueryData(graphViewKeys.detail(current.id), current);
  if (isApiError(error) && (error.status === 409 || error.status === 404))
    void queryClient.invalidateQueries({ queryKey: graphViewKeys.lists() });
}

export function useSaveGraphView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: graphViewKeys.saves(),
    mutationFn: ({ name, canvas, replace }: SaveViewVariables) =>
      replace
        ? graphViewsApi.update(replace.id, { version: replace.version, canvas })
        : graphViewsApi.create({ name, canvas }),
    onSuccess: (view) => written(queryClient, view),
    onError: (error) => refused(queryClient, error),
  });
}

export function useRenameGraphView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: graphViewKeys.renames(),
    mutationFn: ({ id, version, name }: RenameViewVariables) =>
      graphViewsApi.update(id, { version, name }),
    onSuccess: (view) => written(queryClient, view),
    onError: (error) => refused(queryClient, error),
  });
}

export function useDeleteGraphView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: graphViewKeys.deletions(),
    mutationFn: (view: Pick<GraphViewSummary, 'id' | 'name'>) => graphViewsApi.remove(view.id),
    onSuccess: (view) => {
      queryClient.removeQueries({ queryKey: graphViewKeys.detail(view.id) });
      return queryClient.invalidateQueries({ queryKey: graphViewKeys.lists() });
    },
    onError: (error) => refused(queryClient, error),
  });
}
