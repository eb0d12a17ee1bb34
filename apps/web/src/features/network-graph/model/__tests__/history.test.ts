import { describe, expect, it } from '@jest/globals';

import {
  canRedo,
  canUndo,
  createHistory,
  pushHistory,
  redo,
  redoLabel,
  resetHistory,
  undo,
  undoLabel,
} from '../history';

describe('history', () => {
  it('should start with nothing to undo or redo', () => {
    const h = createHistory('a', 10);
    expect(h.present.state).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('should undo and redo changes in order, with their labels', () => {
    let h = createHistory('a', 10);
    h = pushHistory(h, 'b', 'add b');
    h = pushHistory(h, 'c', 'add c');
    expect(undoLabel(h)).toBe('add c');
    h = undo(h);
    expect(h.present.state).toBe('b');
    expect(redoLabel(h)).toBe('add c');
    h = undo(h);
    expect(h.present.state).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    h = redo(h);
    expect(h.present.state).toBe('c');
    expect(canRedo(h)).toBe(false);
  });

  it('should drop the redo branch when a new change is pushed after an undo', () => {
    let h = createHistory('a', 10);
    h = pushHistory(h, 'b', 'b');
    h = undo(h);
    h = pushHistory(h, 'x', 'x');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present.state).toBe('a');
  });

  it('should ignore a change that returns the same state', () => {
    const h = createHistory({ n: 1 }, 10);
    expect(pushHistory(h, h.present.state, 'nothing')).toBe(h);
  });

  it('should keep at most `limit` undo steps', () => {
    let h = createHistory(0, 3);
    for (let i = 1; i <= 6; i += 1) h = pushHistory(h, i, `to ${i}`);
    expect(h.past.map((e) => e.state)).toEqual([3, 4, 5]);
    h = undo(undo(undo(h)));
    expect(h.present.state).toBe(3);
    expect(canUndo(h)).toBe(false);
  });

  it('should refuse a limit below one', () => {
    expect(() => createHistory(0, 0)).toThrow(RangeError);
  });

  it('should start again from one state on reset', () => {
    const h = resetHistory(pushHistory(createHistory(1, 5), 2, 'x'), 9, 'loaded');
    expect(h.present).toEqual({ state: 9, label: 'loaded' });
    expect(canUndo(h)).toBe(false);
    expect(h.limit).toBe(5);
  });
});
