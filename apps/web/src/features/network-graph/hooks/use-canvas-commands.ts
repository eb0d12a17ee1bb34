import type { Core, NodeSingular, Position } from 'cytoscape';
import { useMemo, type RefObject } from 'react';

import type { LinkType, SearchResult } from '@khsae/domain';

import { canvasToCsv } from '../model/csv';
import { downloadBlob, exportFileName } from '../model/download';
import { visibleEdges, visibleNodes } from '../model/canvas-state';
import type { SavedView } from '../model/saved-views';
import type { LayoutName } from '../cytoscape/layouts';
import type { GraphT } from '../i18n/graph-i18n';

import type { GraphActions } from './use-graph-actions';
import { capZoom } from './use-sync-elements';
import type { GraphWorkspace } from './use-graph-workspace';

type Deps = {
  workspace: GraphWorkspace;
  actions: GraphActions;
  cyRef: RefObject<Core | null>;
  presetRef: RefObject<Record<string, Position> | null>;
  t: GraphT;
  layoutName: LayoutName;
  onLayoutLoaded: (layout: string) => void;
  onViewsSave: (view: SavedView) => 'quota' | 'unavailable' | null;
  onReset: () => void;
};

/**
 * Every user command on the canvas, named and labelled for the undo history. Commands read cy only
 * for positions (pin, save) and pictures (PNG); the canvas document is the source of truth.
 */
export function useCanvasCommands({
  workspace,
  actions,
  cyRef,
  presetRef,
  t,
  layoutName,
  onLayoutLoaded,
  onViewsSave,
  onReset,
}: Deps) {
  return useMemo(() => {
    const labelOf = (key: string) => {
      const canvas = workspace.latest();
      return canvas.nodes[key]?.label ?? canvas.groups[key]?.label ?? key;
    };
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

    return {
      labelOf,
      add: (record: Pick<SearchResult, 'kind' | 'id' | 'label'>) => {
        const key = `${record.kind}:${record.id}`;
        if (workspace.latest().nodes[key]) {
          actions.showNotice({
            tone: 'info',
            text: t('search.alreadyThere', { label: record.label }),
          });
          return key;
        }
        void actions.loadAround(
          [{ key, label: record.label }],
          t('actions.add', { label: record.label }),
        );
        return key;
      },
      openSeeds: (keys: string[]) => {
        void actions.loadAround(
          keys.map((key) => ({ key, label: key })),
          t('actions.open', { label: keys.length === 1 ? (keys[0] ?? '') : String(keys.length) }),
        );
      },
      expand: (key: string, linkTypes?: LinkType[]) => {
        void actions.expand(key, labelOf(key), linkTypes);
      },
      collapse: (key: string) => {
        workspace.collapse(key, t('actions.collapse', { label: labelOf(key) }));
      },
      hide: (keys: string[]) => {
        workspace.hide(keys, t('actions.hide', { count: keys.length }));
      },
      showHidden: () => {
        workspace.showHidden(t('actions.showHidden'));
      },
      pin: (keys: string[]) => {
        workspace.pin(positionsOf(keys), t('actions.pin', { count: keys.length }));
      },
      unpin: (keys: string[]) => {
        workspace.unpin(keys, t('actions.unpin', { count: keys.length }));
      },
      group: (keys: string[]) => {
        workspace.group(
          keys,
          (number) => t('groupLabel', { number }),
          t('actions.group', { count: keys.length }),
        );
      },
      ungroup: (groupId: string) => {
        workspace.ungroup(groupId, t('actions.ungroup', { label: labelOf(groupId) }));
      },
      remove: (keys: string[]) => {
        workspace.remove(keys, t('actions.remove', { count: keys.length }));
      },
      clear: () => {
        workspace.clear(t('actions.clear'));
        onReset();
      },
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
      exportPng: () => {
        const cy = cyRef.current;
        if (!cy) return;
        const blob = cy.png({
          output: 'blob',
          full: true,
          scale: 2,
          maxWidth: 6000,
          maxHeight: 6000,
          bg: '#ffffff',
        });
        downloadBlob(blob, exportFileName(t('export.fileName'), 'png'));
        actions.showNotice({ tone: 'info', text: t('export.pngDone') });
      },
      exportCsv: () => {
        const canvas = workspace.latest();
        const csv = canvasToCsv(visibleNodes(canvas), visibleEdges(canvas));
        // The byte-order mark makes spreadsheet programs read Khmer as UTF-8.
        downloadBlob(
          new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }),
          exportFileName(t('export.fileName'), 'csv'),
        );
        actions.showNotice({ tone: 'info', text: t('export.csvDone') });
      },
      saveView: (name: string, _replacing: boolean) => {
        const canvas = workspace.latest();
        const failure = onViewsSave({
          version: 1,
          name,
          savedAt: new Date().toISOString(),
          layout: layoutName,
          state: canvas,
          positions: positionsOf(Object.keys(canvas.nodes)),
        });
        // Progress and success show in the views panel, which hears the server's answer.
        if (failure)
          actions.showNotice({
            tone: 'error',
            text: t(failure === 'quota' ? 'views.quota' : 'views.unavailable'),
          });
      },
      loadView: (view: SavedView) => {
        presetRef.current = view.positions;
        onLayoutLoaded(view.layout);
        onReset();
        workspace.commit(view.state, t('actions.loadView', { name: view.name }));
      },
    };
  }, [actions, cyRef, layoutName, onLayoutLoaded, onReset, onViewsSave, presetRef, t, workspace]);
}

export type CanvasCommands = ReturnType<typeof useCanvasCommands>;
