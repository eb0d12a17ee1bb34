import { useCallback, useState } from 'react';

import { SAVED_VIEWS_STORAGE_KEY } from '../constants';
import {
  deleteSavedView,
  readSavedViews,
  SavedViewsError,
  writeSavedView,
  type SavedView,
} from '../model/saved-views';

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Named canvases in this browser's localStorage (`khsae.graph.views`). */
export function useSavedViews() {
  const [views, setViews] = useState<SavedView[]>(() =>
    readSavedViews(browserStorage(), SAVED_VIEWS_STORAGE_KEY),
  );

  /** Saves a view; returns the failure reason instead of throwing. */
  const save = useCallback((view: SavedView): SavedViewsError['reason'] | null => {
    try {
      setViews(writeSavedView(browserStorage(), SAVED_VIEWS_STORAGE_KEY, view));
      return null;
    } catch (error) {
      return error instanceof SavedViewsError ? error.reason : 'unavailable';
    }
  }, []);

  const remove = useCallback((name: string) => {
    try {
      setViews(deleteSavedView(browserStorage(), SAVED_VIEWS_STORAGE_KEY, name));
    } catch {
      // Nothing was deleted; the list stays as it is.
    }
  }, []);

  return { views, save, remove };
}
