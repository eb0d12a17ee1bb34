import { describe, expect, it } from '@jest/globals';

import { EMPTY_CANVAS } from '../canvas-state';
import {
  deleteSavedView,
  parseSavedViews,
  readSavedViews,
  SavedViewsError,
  writeSavedView,
  type SavedView,
} from '../saved-views';

const KEY = 'khsae.graph.views';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

const view = (name: string): SavedView => ({
  version: 1,
  name,
  savedAt: '2026-11-25T10:00:00.000Z',
  layout: 'fcose',
  state: EMPTY_CANVAS,
  positions: {},
});

describe('saved views', () => {
  it('should save views newest first and replace one of the same name', () => {
    const storage = memoryStorage();
    writeSavedView(storage, KEY, view('A'));
    writeSavedView(storage, KEY, view('B'));
    const views = writeSavedView(storage, KEY, { ...view('A'), layout: 'concentric' });
    expect(views.map((v) => v.name)).toEqual(['A', 'B']);
    expect(readSavedViews(storage, KEY)[0]?.layout).toBe('concentric');
  });

  it('should delete a view by name', () => {
    const storage = memoryStorage();
    writeSavedView(storage, KEY, view('A'));
    writeSavedView(storage, KEY, view('B'));
    expect(deleteSavedView(storage, KEY, 'A').map((v) => v.name)).toEqual(['B']);
  });

  it('should skip damaged entries and survive damaged storage', () => {
    const raw = JSON.stringify([view('ok'), { name: 'broken' }, 42, { ...view('x'), state: null }]);
    expect(parseSavedViews(raw).map((v) => v.name)).toEqual(['ok']);
    expect(parseSavedViews('{not json')).toEqual([]);
    expect(parseSavedViews(null)).toEqual([]);
    expect(readSavedViews(undefined, KEY)).toEqual([]);
  });

  it('should say when the browser has no room left', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => writeSavedView(full, KEY, view('A'))).toThrow(SavedViewsError);
    try {
      writeSavedView(full, KEY, view('A'));
    } catch (error) {
      expect((error as SavedViewsError).reason).toBe('quota');
    }
    expect(() => writeSavedView(undefined, KEY, view('A'))).toThrow('not available');
  });
});
