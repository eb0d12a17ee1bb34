import { useCallback, useMemo, useRef, useState } from 'react';

import { HISTORY_LIMIT } from '../constants';
import {
  collapseNode,
  EMPTY_CANVAS,
  groupNodes,
  hideNodes,
  pinNodes,
  removeNodes,
  showHidden,
  ungroup,
  unpinNodes,
  type CanvasState,
  type Position,
} from '../model/canvas-state';
import {
  canRedo,
  canUndo,
  createHistory,
  pushHistory,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type History,
} from '../model/history';

/**
 * The canvas document and its undo history. Every change goes through `commit`, so every change can
 * be undone; view-only layers (path highlight, key-player sizes, the timeline) live elsewhere.
 */
export function useGraphWorkspace(initial: CanvasState = EMPTY_CANVAS) {
  // The ref is the truth and is updated synchronously, so two answers arriving in one tick both
  // merge into the latest canvas; the state copy only makes React render.
  const [first] = useState(() => createHistory(initial, HISTORY_LIMIT));
  const historyRef = useRef<History<CanvasState>>(first);
  const [history, setHistory] = useState<History<CanvasState>>(first);
  const canvas = history.present.state;

  const apply = useCallback((change: (h: History<CanvasState>) => History<CanvasState>) => {
    const next = change(historyRef.current);
    historyRef.current = next;
    setHistory(next);
    return next.present.state;
  }, []);

  /** Records a change as one undo step and returns the canvas after it. */
  const commit = useCallback(
    (next: CanvasState | ((current: CanvasState) => CanvasState), label: string): CanvasState =>
      apply((h) =>
        pushHistory(h, typeof next === 'function' ? next(h.present.state) : next, label),
      ),
    [apply],
  );

  /** The canvas as of the last change, even before React has rendered it. */
  const latest = useCallback(() => historyRef.current.present.state, []);

  const operations = useMemo(
    () => ({
      undo: () => apply(undo),
      redo: () => apply(redo),
      collapse: (key: string, label: string) => commit((c) => collapseNode(c, key), label),
      hide: (keys: string[], label: string) => commit((c) => hideNodes(c, keys), label),
      showHidden: (label: string) => commit(showHidden, label),
      pin: (positions: Record<string, Position>, label: string) =>
        commit((c) => pinNodes(c, positions), label),
      unpin: (keys: string[], label: string) => commit((c) => unpinNodes(c, keys), label),
      group: (keys: string[], groupLabel: (n: number) => string, label: string) =>
        commit((c) => groupNodes(c, keys, groupLabel(c.nextGroupNumber)), label),
      ungroup: (groupId: string, label: string) => commit((c) => ungroup(c, groupId), label),
      remove: (keys: string[], label: string) => commit((c) => removeNodes(c, keys), label),
      clear: (label: string) => commit(EMPTY_CANVAS, label),
    }),
    [apply, commit],
  );

  return {
    canvas,
    commit,
    latest,
    ...operations,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    undoLabel: undoLabel(history),
    redoLabel: redoLabel(history),
  };
}

export type GraphWorkspace = ReturnType<typeof useGraphWorkspace>;
