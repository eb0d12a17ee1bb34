import { useMutationState, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';

import { GRAPH_VIEW_CANVAS_MAX_BYTES } from '@khsae/domain';

import type { GraphView, GraphViewSummary } from '@/lib/api-types';

import { graphViewKeys } from '../api/graph-view-keys';
import { useDeleteGraphView, useSaveGraphView } from '../api/graph-view-mutations';
import { graphViewsApi, graphViewsQueryOptions } from '../api/graph-view-queries';
import { SAVED_VIEWS_STORAGE_KEY } from '../constants';
import {
  canvasBytes,
  keepBrowserViews,
  readBrowserViews,
  sameViewName,
  toGraphViewCanvas,
  type SavedView,
} from '../model/saved-views';

const NO_VIEWS: GraphViewSummary[] = [];
// Set when the user declines the import, so that the offer is made once.
const IMPORT_DECLINED_KEY = `${SAVED_VIEWS_STORAGE_KEY}.declined`;

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The caller's views stored by the API. `save` is synchronous for the canvas commands: it starts
 * the request and answers at once whether it could (the panel shows how the request went).
 */
export function useSavedViews() {
  const queryClient = useQueryClient();
  const list = useQuery(graphViewsQueryOptions());
  const { mutate: saveView } = useSaveGraphView();
  const { mutate: deleteView } = useDeleteGraphView();

  const save = useCallback(
    (view: SavedView): 'quota' | 'unavailable' | null => {
      // Read at call time, so that an overwrite sends the version just loaded.
      const page = queryClient.getQueryData(graphViewsQueryOptions().queryKey);
      if (!page) return 'unavailable';
      const canvas = toGraphViewCanvas(view);
      if (canvasBytes(canvas) > GRAPH_VIEW_CANVAS_MAX_BYTES) return 'quota';
      const existing = page.items.find((v) => sameViewName(v.name, view.name));
      saveView({
        name: view.name,
        canvas,
        ...(existing ? { replace: { id: existing.id, version: existing.version } } : {}),
      });
      return null;
    },
    [queryClient, saveView],
  );

  const remove = useCallback(
    (view: Pick<GraphViewSummary, 'id' | 'name'>) => deleteView(view),
    [deleteView],
  );

  return { views: list.data?.items ?? NO_VIEWS, save, remove };
}

export type LatestMutation<V> = {
  status: 'idle' | 'pending' | 'success' | 'error';
  error: unknown;
  variables: V | undefined;
};

/** How the last mutation under `key` started after `since` went (another component may run it). */
export function useLatestMutation<V>(
  key: readonly unknown[],
  since: number,
): LatestMutation<V> | null {
  const states = useMutationState({
    filters: { mutationKey: key, predicate: (m) => m.state.submittedAt >= since },
    select: (m) => ({
      status: m.state.status,
      error: m.state.error,
      variables: m.state.variables as V | undefined,
    }),
  });
  return states.at(-1) ?? null;
}

export type ImportResult = { imported: number; left: number };

/**
 * Views an earlier workbench kept in this browser, offered once for import to the server. Views
 * whose name is taken (or that fail) stay in the browser, and the offer with them.
 */
export function useBrowserViewsImport() {
  const queryClient = useQueryClient();
  const [views, setViews] = useState(() => {
    const storage = browserStorage();
    try {
      if (storage?.getItem(IMPORT_DECLINED_KEY)) return [];
    } catch {
      return [];
    }
    return readBrowserViews(storage, SAVED_VIEWS_STORAGE_KEY);
  });
  const [isImporting, setImporting] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const importAll = useCallback(async () => {
    setImporting(true);
    const left = new Set<string>();
    let imported = 0;
    for (const view of views) {
      try {
        const stored: GraphView = await graphViewsApi.create({
          name: view.name,
          canvas: toGraphViewCanvas(view),
        });
        queryClient.setQueryData(graphViewKeys.detail(stored.id), stored);
        imported += 1;
      } catch {
        // A name already in use, or any other refusal: keep it here rather than lose it.
        left.add(view.name);
      }
    }
    keepBrowserViews(browserStorage(), SAVED_VIEWS_STORAGE_KEY, left);
    setViews((all) => all.filter((v) => left.has(v.name)));
    setResult({ imported, left: left.size });
    setImporting(false);
    await queryClient.invalidateQueries({ queryKey: graphViewKeys.lists() });
  }, [queryClient, views]);

  const decline = useCallback(() => {
    try {
      browserStorage()?.setItem(IMPORT_DECLINED_KEY, '1');
    } catch {
      // Not remembered: the offer comes back next time, which is harmless.
    }
    setViews([]);
  }, []);

  return useMemo(
    () => ({ views, isImporting, result, importAll, decline }),
    [views, isImporting, result, importAll, decline],
  );
}
