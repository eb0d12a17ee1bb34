import type { CanvasState, Position } from './canvas-state';

/**
 * Named canvases kept in this browser's localStorage until the API can store them with a case.
 * Nothing here leaves the browser; clearing site data deletes them.
 */
export type SavedView = {
  version: 1;
  name: string;
  savedAt: string;
  layout: string;
  state: CanvasState;
  positions: Record<string, Position>;
};

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export class SavedViewsError extends Error {
  constructor(readonly reason: 'quota' | 'unavailable') {
    super(
      reason === 'quota'
        ? 'This browser has no room left for saved views.'
        : 'Saved views are not available in this browser.',
    );
    this.name = 'SavedViewsError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only views that look whole are kept: a damaged entry must not break the page. */
export function isSavedView(value: unknown): value is SavedView {
  if (!isObject(value) || value['version'] !== 1) return false;
  if (typeof value['name'] !== 'string' || typeof value['savedAt'] !== 'string') return false;
  if (typeof value['layout'] !== 'string' || !isObject(value['positions'])) return false;
  const state = value['state'];
  return (
    isObject(state) &&
    isObject(state['nodes']) &&
    isObject(state['edges']) &&
    Array.isArray(state['hidden']) &&
    isObject(state['pinned']) &&
    isObject(state['groups']) &&
    isObject(state['frontier']) &&
    typeof state['nextGroupNumber'] === 'number'
  );
}

export function parseSavedViews(raw: string | null): SavedView[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isSavedView) : [];
  } catch {
    return [];
  }
}

export function readSavedViews(storage: Storage | undefined, key: string): SavedView[] {
  try {
    return parseSavedViews(storage?.getItem(key) ?? null);
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) one view and returns the new list, newest first. */
export function writeSavedView(
  storage: Storage | undefined,
  key: string,
  view: SavedView,
): SavedView[] {
  const views = [view, ...readSavedViews(storage, key).filter((v) => v.name !== view.name)];
  persist(storage, key, views);
  return views;
}

export function deleteSavedView(
  storage: Storage | undefined,
  key: string,
  name: string,
): SavedView[] {
  const views = readSavedViews(storage, key).filter((v) => v.name !== name);
  persist(storage, key, views);
  return views;
}

function persist(storage: Storage | undefined, key: string, views: SavedView[]): void {
  if (!storage) throw new SavedViewsError('unavailable');
  try {
    storage.setItem(key, JSON.stringify(views));
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    throw new SavedViewsError(name === 'QuotaExceededError' ? 'quota' : 'unavailable');
  }
}
