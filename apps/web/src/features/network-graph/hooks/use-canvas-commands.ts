import type { Core, NodeSingular, Position } from 'cytoscape';
import { useMemo, type RefObject } from 'react';

import type { LinkType } from '@khsae/domain';

import type { SearchResult } from '@/lib/api-types';

import { formatDateTime } from '@/lib/format';
import { isLanguage } from '@/lib/i18n';

import { composeBriefingPng, PICTURE_LEGEND } from '../cytoscape/briefing-png';
import type { GraphT } from '../i18n/graph-i18n';
import { legendText } from '../i18n/graph-labels';
import { visibleEdges, visibleNodes } from '../model/canvas-state';
import { canvasToCsv } from '../model/csv';
import { downloadBlob, exportFileName } from '../model/download';
import type { SavedView } from '../model/saved-views';
import {
  labelOf,
  selectCanvas,
  selectSeeds,
  selectSelectedRecords,
} from '../model/workbench-selectors';
import type { WorkbenchStore } from '../model/workbench-store';

import { useGraphRequests } from './use-graph-requests';
import { capZoom } from './use-sync-elements';

type Deps = {
  store: WorkbenchStore;
  cyRef: RefObject<Core | null>;
  t: GraphT;
  language: string;
  /** The signed-in user's name, printed under an exported picture. */
  exportedBy: string;
};

const PNG_SCALE = 2;

/**
 * Every user command on the canvas, labelled for the undo history and dispatched to the store.
 * Commands read cy only for positions (pin, save), selection from lists, fit and pictures (PNG).
 */
export function useCanvasCommands({ store, cyRef, t, language, exportedBy }: Deps) {
  const requests = useGraphRequests(store);
  return useMemo(() => {
    const { dispatch, getState } = store;
    const canvas = () => selectCanvas(getState());
    const nameOf = (key: string) => labelOf(canvas(), key);
    const positionsOf = (keys: readonly string[]): Record<string, Position> => {
      const result: Record<string, Position> = {};
      const cy = cyRef.current;
      if (!cy) return result;
      for (const key of keys) {
        const node = cy.getElementById(key);
        if (node.nonempty() && node.isNode())
          result[key] = { ...(node as NodeSingular).position() };
      }
      return result;
    };
    const pin = (keys: string[]) =>
      dispatch({
        type: 'pin',
        positions: positionsOf(keys),
        label: t('actions.pin', { count: keys.length }),
      });
    const unpin = (keys: string[]) =>
      dispatch({ type: 'unpin', keys, label: t('actions.unpin', { count: keys.length }) });

    return {
      labelOf: nameOf,
      add: (record: Pick<SearchResult, 'kind' | 'id' | 'label'>) => {
        const key = `${record.kind}:${record.id}`;
        if (canvas().nodes[key]) {
          dispatch({
            type: 'notify',
            notice: {
              tone: 'info',
              message: 'search.alreadyThere',
              values: { label: record.label },
            },
          });
          return;
        }
        void requests.load([key], t('actions.add', { label: record.label }));
      },
      openSeeds: (keys: string[]) => {
        const label = keys.length === 1 ? (keys[0] ?? '') : String(keys.length);
        void requests.load(keys, t('actions.open', { label }));
      },
      reload: () => {
        void requests.load(selectSeeds(getState()), t('actions.reload'), 'reload');
      },
      expand: (key: string, linkTypes?: LinkType[]) => {
        const label = nameOf(key);
        const step = t(linkTypes ? 'actions.expandByType' : 'actions.expand', { label });
        void requests.expand(key, label, step, linkTypes);
      },
      collapse: (key: string) =>
        dispatch({ type: 'collapse', key, label: t('actions.collapse', { label: nameOf(key) }) }),
      hide: (keys: string[]) =>
        dispatch({ type: 'hide', keys, label: t('actions.hide', { count: keys.length }) }),
      showHidden: () => dispatch({ type: 'showHidden', label: t('actions.showHidden') }),
      pin,
      unpin,
      togglePin: (key: string) => (canvas().pinned[key] ? unpin([key]) : pin([key])),
      group: (keys: string[]) =>
        dispatch({
          type: 'group',
          keys,
          name: t('groupLabel', { number: canvas().nextGroupNumber }),
          label: t('actions.group', { count: keys.length }),
        }),
      ungroup: (group: string) =>
        dispatch({ type: 'ungroup', group, label: t('actions.ungroup', { label: nameOf(group) }) }),
      remove: (keys: string[]) =>
        dispatch({ type: 'remove', keys, label: t('actions.remove', { count: keys.length }) }),
      clear: () => dispatch({ type: 'clear', label: t('actions.clear') }),
      /** The shortest paths from the first selected record to the second. */
      findPath: () => {
        dispatch({ type: 'showTab', tab: 'path' });
        const [from, to] = selectSelectedRecords(getState());
        if (!from || !to) return;
        const label = t('actions.path', { from: nameOf(from), to: nameOf(to) });
        void requests.findPath(from, to, getState().pathHops, label);
      },
      findKeyPlayers: () => {
        dispatch({ type: 'showTab', tab: 'keyPlayers' });
        const seeds = selectSeeds(getState());
        if (seeds.length > 0) void requests.findKeyPlayers(seeds, t('actions.keyPlayers'));
      },
      /** Selects one record on the canvas and centres it (from lists in the side panel). */
      select: (key: string) => {
        const cy = cyRef.current;
        const node = cy?.getElementById(key);
        if (!cy || !node || node.empty()) return;
        cy.$(':selected').unselect();
        node.select();
        cy.center(node);
      },
      fit: () => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.fit(undefined, 40);
        capZoom(cy);
      },
      /** The canvas with a footer: classification, who and when, and the legend (cytoscape/briefing-png.ts). */
      exportPng: async () => {
        const cy = cyRef.current;
        if (!cy) return;
        const picture = cy.png({
          output: 'blob',
          full: true,
          scale: PNG_SCALE,
          maxWidth: 6000,
          maxHeight: 6000,
          bg: '#ffffff',
        });
        const now = new Date();
        const footer = {
          classification: t('export.classification'),
          caption: t('export.caption', {
            name: exportedBy,
            date: formatDateTime(now.toISOString(), isLanguage(language) ? language : 'en'),
            nodes: visibleNodes(canvas()).length,
            edges: visibleEdges(canvas()).length,
          }),
          legend: PICTURE_LEGEND.map((entry) => ({
            swatch: entry.swatch,
            text: legendText(t, entry),
          })),
        };
        const blob = await composeBriefingPng(picture, footer, PNG_SCALE).catch(() => picture);
        downloadBlob(blob, exportFileName(t('export.fileName'), 'png', now));
        dispatch({ type: 'notify', notice: { tone: 'info', message: 'export.pngDone' } });
      },
      exportCsv: () => {
        const csv = canvasToCsv(visibleNodes(canvas()), visibleEdges(canvas()));
        // The byte-order mark makes spreadsheet programs read Khmer as UTF-8.
        downloadBlob(
          new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }),
          exportFileName(t('export.fileName'), 'csv'),
        );
        dispatch({ type: 'notify', notice: { tone: 'info', message: 'export.csvDone' } });
      },
      /** The canvas as a view to save: the document, the layout and where every record stands. */
      viewNamed: (name: string): SavedView => {
        const state = canvas();
        return {
          version: 1,
          name,
          savedAt: new Date().toISOString(),
          layout: getState().layout,
          state,
          positions: positionsOf(Object.keys(state.nodes)),
        };
      },
      openView: (view: SavedView) =>
        dispatch({ type: 'openView', view, label: t('actions.loadView', { name: view.name }) }),
    };
  }, [cyRef, exportedBy, language, requests, store, t]);
}

export type CanvasCommands = ReturnType<typeof useCanvasCommands>;
