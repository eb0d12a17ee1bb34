import { describe, expect, it } from '@jest/globals';

import type { GraphView } from '@/lib/api-types';

import { EMPTY_CANVAS } from '../canvas-state';
import {
  canvasBytes,
  fromGraphView,
  keepBrowserViews,
  parseSavedViews,
  readBrowserViews,
  sameViewName,
  toGraphViewCanvas,
  type SavedView,
} from '../saved-views';

const KEY = 'khsae.graph.views';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

const view = (name: string): SavedView => ({
  version: 1,
  name,
  savedAt: '2026-11-25T10:00:00.000Z',
  layout: 'fcose',
  state: EMPTY_CANVAS,
  positions: { 'broker:1': { x: 1, y: 2 } },
});

describe('saved views', () => {
  it('should skip damaged entries and survive damaged storage', () => {
    const raw = JSON.stringify([view('ok'), { name: 'broken' }, 42, { ...view('x'), state: null }]);
    expect(parseSavedViews(raw).map((v) => v.name)).toEqual(['ok']);
    expect(parseSavedViews('{not json')).toEqual([]);
    expect(parseSavedViews(null)).toEqual([]);
    expect(readBrowserViews(undefined, KEY)).toEqual([]);
  });

  it('should keep only the browser views not imported, and forget the entry once all are', () => {
    const storage = memoryStorage({ [KEY]: JSON.stringify([view('A'), view('B')]) });
    keepBrowserViews(storage, KEY, new Set(['B']));
    expect(readBrowserViews(storage, KEY).map((v) => v.name)).toEqual(['B']);
    keepBrowserViews(storage, KEY, new Set());
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('should store the canvas without name and date, and open it again as a view', () => {
    const canvas = toGraphViewCanvas(view('Poipet'));
    expect(canvas).toEqual({
      version: 1,
      layout: 'fcose',
      state: EMPTY_CANVAS,
      positions: { 'broker:1': { x: 1, y: 2 } },
    });
    const stored: GraphView = {
      id: 'v1',
      name: 'Poipet, renamed',
      nodeCount: 0,
      version: 3,
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-26T10:00:00.000Z',
      archivedAt: null,
      canvas,
    };
    expect(fromGraphView(stored)).toEqual({
      ...view('Poipet, renamed'),
      savedAt: '2026-11-26T10:00:00.000Z',
    });
    expect(fromGraphView({ ...stored, canvas: { ...canvas, state: { nodes: {} } } })).toBeNull();
  });

  it('should match names as the API does: cleaned and whatever the case', () => {
    expect(sameViewName(' Poipet  network', 'poipet\u200B NETWORK')).toBe(true);
    expect(sameViewName('Poipet', 'Poipet 2')).toBe(false);
  });

  it('should count the canvas in UTF-8 bytes', () => {
    const ascii = canvasBytes(toGraphViewCanvas(view('x')));
    expect(ascii).toBe(JSON.stringify(toGraphViewCanvas(view('x'))).length);
    const khmer = toGraphViewCanvas({ ...view('x'), layout: 'សុខា' });
    expect(canvasBytes(khmer)).toBe(ascii - 'fcose'.length + 4 * 3);
    expect(canvasBytes({ ...khmer, layout: '🚨' })).toBe(ascii - 'fcose'.length + 4);
  });
});
