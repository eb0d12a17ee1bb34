/**
 * An undo/redo stack of immutable snapshots. Pure: every operation returns a new history, so React
 * state can hold it and tests can walk it.
 */
export type HistoryEntry<T> = {
  state: T;
  /** What produced this state, for "Undo: expand Sokha". */
  label: string;
};

export type History<T> = {
  past: HistoryEntry<T>[];
  present: HistoryEntry<T>;
  future: HistoryEntry<T>[];
  limit: number;
};

export function createHistory<T>(initial: T, limit: number, label = ''): History<T> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError('limit must be a positive integer');
  return { past: [], present: { state: initial, label }, future: [], limit };
}

/** Records a change; redo is no longer possible. A state identical to the present is no change. */
export function pushHistory<T>(history: History<T>, state: T, label: string): History<T> {
  if (state === history.present.state) return history;
  const past = [...history.past, history.present];
  return {
    ...history,
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    present: { state, label },
    future: [],
  };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { ...history, past: [...history.past, history.present], present: next, future: rest };
}

/** The label of the change undo would revert, or null. */
export function undoLabel<T>(history: History<T>): string | null {
  return canUndo(history) ? history.present.label : null;
}

/** The label of the change redo would reapply, or null. */
export function redoLabel<T>(history: History<T>): string | null {
  return history.future[0]?.label ?? null;
}

/** Starts again from one state (loading a saved view can itself be undone: use pushHistory for that). */
export function resetHistory<T>(history: History<T>, state: T, label = ''): History<T> {
  return createHistory(state, history.limit, label);
}
