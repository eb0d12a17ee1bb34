import { cleanText, type GraphViewCanvas } from '@khsae/domain';

import type { GraphView } from '@/lib/api-types';

import type { CanvasState, Position } from './canvas-state';

/**
 * A named canvas as the workbench saves and opens it. The API stores it per user (`/api/graph/views`)
 * as `canvas` = this document without `name` and `savedAt`; views once kept in this browser's
 * localStorage can be imported once.
 */
export type SavedView = {
  version: 1;
  name: string;
  savedAt: string;
  layout: string;
  state: CanvasState;
  positions: Record<string, Position>;
};

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

/** Views an earlier version of the workbench kept in this browser. */
export function readBrowserViews(storage: Storage | undefined, key: string): SavedView[] {
  try {
    return parseSavedViews(storage?.getItem(key) ?? null);
  } catch {
    return [];
  }
}

/** Keeps only the browser views named (those not imported), or forgets the entry if none. */
export function keepBrowserViews(
  storage: Storage | undefined,
  key: string,
  names: ReadonlySet<string>,
): void {
  try {
    const left = readBrowserViews(storage, key).filter((v) => names.has(v.name));
    if (left.length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(left));
  } catch {
    // Storage refused: the offer to import stays, which is harmless.
  }
}

/** The document the API stores: the view without its name and date. */
export function toGraphViewCanvas(view: SavedView): GraphViewCanvas {
  return {
    version: 1,
    layout: view.layout,
    state: view.state,
    positions: view.positions,
  };
}

/** A stored view as the workbench opens it, or null if its canvas is not one it can draw. */
export function fromGraphView(view: GraphView): SavedView | null {
  const candidate: unknown = { ...view.canvas, name: view.name, savedAt: view.updatedAt };
  return isSavedView(candidate) ? candidate : null;
}

/** Names match as the API matches them: cleaned, whatever the case. */
export function sameViewName(a: string, b: string): boolean {
  return cleanText(a).toLowerCase() === cleanText(b).toLowerCase();
}

/** How many bytes the canvas takes as JSON in UTF-8 (what the API bounds). */
export function canvasBytes(canvas: GraphViewCanvas): number {
  const text = JSON.stringify(canvas);
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 + 2.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}
