import { Box, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { Core, Position } from 'cytoscape';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { GRAPH_PATH_MAX_HOPS } from '@khsae/domain';

import { DEFAULT_LAYOUT, isLayoutName, type LayoutName } from '../cytoscape/layouts';
import { keyPlayerScores } from '../cytoscape/highlight';
import { buildElements, linkIdOf, type CanvasOverlay } from '../cytoscape/to-elements';
import { useCanvasCommands } from '../hooks/use-canvas-commands';
import { useGraphActions } from '../hooks/use-graph-actions';
import type { GraphSelection } from '../hooks/use-graph-events';
import { useGraphWorkspace } from '../hooks/use-graph-workspace';
import { useSavedViews } from '../hooks/use-saved-views';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { linkTypeLabel } from '../i18n/graph-labels';
import { broughtInBy, groupOf, isGroupId, visibleEdges, visibleNodes } from '../model/canvas-state';
import { DEFAULT_FILTERS, type GraphFilters } from '../model/graph-filters';
import { recordPagePath } from '../model/record-pages';
import { dateExtent, edgesOutOfRange, type DayRange } from '../model/timeline';

import { CanvasNotices } from './canvas-notices';
import { GraphLegend } from './graph-legend';
import { GraphSidePanel, type PanelTab } from './graph-side-panel';
import { GraphToolbar } from './graph-toolbar';
import { NetworkGraph } from './network-graph';
import { NodeContextMenu } from './node-context-menu';
import { RecordSearch } from './record-search';
import { SeedsFromUrlEffect } from './seeds-from-url-effect';
import { SelectionBar } from './selection-bar';
import { TimelineSlider } from './timeline-slider';

const CANVAS_HEIGHT = 'max(520px, calc(100vh - 330px))';
const NO_KEYS: ReadonlySet<string> = new Set();
const NO_SCORES: ReadonlyMap<string, number> = new Map();

/** The link-graph workbench: search, canvas, selection tools, side panel and timeline. */
export function GraphWorkbench() {
  const { t, language } = useGraphTranslation();
  const navigate = useNavigate();
  const workspace = useGraphWorkspace();
  const { canvas } = workspace;
  const [filters, setFilters] = useState<GraphFilters>(DEFAULT_FILTERS);
  const actions = useGraphActions(workspace, filters, t);
  const [layoutName, setLayoutName] = useState<LayoutName>(DEFAULT_LAYOUT);
  const [layoutNonce, setLayoutNonce] = useState(0);
  const [selection, setSelection] = useState<GraphSelection>({ nodes: [], edges: [] });
  const [menu, setMenu] = useState<{ key: string; x: number; y: number } | null>(null);
  const [tab, setTab] = useState<PanelTab>('details');
  const [timeline, setTimeline] = useState<DayRange | null>(null);
  const [sizeByScore, setSizeByScore] = useState(true);
  const [pathHops, setPathHops] = useState(GRAPH_PATH_MAX_HOPS);
  const cyRef = useRef<Core | null>(null);
  const presetRef = useRef<Record<string, Position> | null>(null);
  const savedViews = useSavedViews();

  const { clearPath, clearKeyPlayers } = actions;
  const resetOverlays = useCallback(() => {
    clearPath();
    clearKeyPlayers();
    setTimeline(null);
  }, [clearPath, clearKeyPlayers]);
  const onLayoutLoaded = useCallback((layout: string) => {
    if (isLayoutName(layout)) setLayoutName(layout);
  }, []);
  const commands = useCanvasCommands({
    workspace,
    actions,
    cyRef,
    presetRef,
    t,
    layoutName,
    onLayoutLoaded,
    onViewsSave: savedViews.save,
    onReset: resetOverlays,
  });

  const nodes = useMemo(() => visibleNodes(canvas), [canvas]);
  const edges = useMemo(() => visibleEdges(canvas), [canvas]);
  const seeds = useMemo(
    () =>
      Object.values(canvas.nodes)
        .filter((n) => n.broughtBy === null)
        .map((n) => n.key),
    [canvas],
  );
  const extent = useMemo(() => dateExtent(Object.values(canvas.edges)), [canvas]);
  const outOfRange = useMemo(() => edgesOutOfRange(edges, timeline), [edges, timeline]);
  const overlay = useMemo<CanvasOverlay>(
    () => ({
      pathNodes: actions.path?.highlight.nodes ?? NO_KEYS,
      pathEdges: actions.path?.highlight.edges ?? NO_KEYS,
      scores: sizeByScore && actions.keyPlayers ? keyPlayerScores(actions.keyPlayers) : NO_SCORES,
      outOfRange,
    }),
    [actions.path, actions.keyPlayers, sizeByScore, outOfRange],
  );
  const elements = useMemo(
    () => buildElements(canvas, { overlay, linkTypeLabel: (type) => linkTypeLabel(t, type) }),
    [canvas, overlay, t],
  );

  const selectedNodes = selection.nodes.filter((key) => canvas.nodes[key]);
  const selectedGroup =
    selection.nodes.find(isGroupId) ??
    (selectedNodes.length > 0 &&
    selectedNodes.every((k) => groupOf(canvas, k) === groupOf(canvas, selectedNodes[0] ?? ''))
      ? groupOf(canvas, selectedNodes[0] ?? '')
      : null);
  const single = selectedNodes.length === 1 ? (selectedNodes[0] ?? null) : null;
  const menuNode = menu ? canvas.nodes[menu.key] : undefined;

  useHotkeys([
    ['mod+z', () => workspace.undo()],
    ['mod+shift+z', () => workspace.redo()],
    ['mod+y', () => workspace.redo()],
    ['Escape', () => setMenu(null)],
  ]);

  const takePresetPositions = useCallback(() => {
    const preset = presetRef.current;
    presetRef.current = null;
    return preset;
  }, []);
  const onReady = useCallback((cy: Core | null) => {
    cyRef.current = cy;
  }, []);
  const relayout = (name = layoutName) => {
    setLayoutName(name);
    setLayoutNonce((n) => n + 1);
  };
  const isEmpty = nodes.length === 0;

  return (
    <Stack gap="sm">
      <SeedsFromUrlEffect onSeeds={commands.openSeeds} />
      <Group align="flex-end" justify="space-between" gap="sm" wrap="wrap">
        <Box miw={320} style={{ flex: 1, maxWidth: 520 }}>
          <RecordSearch onAdd={(record) => commands.add(record)} />
        </Box>
        <GraphToolbar
          undoLabel={workspace.undoLabel}
          redoLabel={workspace.redoLabel}
          onUndo={workspace.undo}
          onRedo={workspace.redo}
          layoutName={layoutName}
          onLayoutChange={relayout}
          onFit={commands.fit}
          onRelayout={() => relayout()}
          onExportPng={commands.exportPng}
          onExportCsv={commands.exportCsv}
          onClear={commands.clear}
          isEmpty={isEmpty}
        />
      </Group>
      <SelectionBar
        selectedCount={selectedNodes.length}
        hiddenCount={canvas.hidden.length}
        canExpand={single !== null}
        canCollapse={single !== null && broughtInBy(canvas, single).length > 0}
        allPinned={selectedNodes.length > 0 && selectedNodes.every((k) => canvas.pinned[k])}
        selectedGroup={selectedGroup}
        onExpand={() => single && commands.expand(single)}
        onCollapse={() => single && commands.collapse(single)}
        onHide={() => commands.hide(selectedNodes)}
        onShowHidden={commands.showHidden}
        onPin={() => commands.pin(selectedNodes)}
        onUnpin={() => commands.unpin(selectedNodes)}
        onGroup={() => commands.group(selectedNodes)}
        onUngroup={() => selectedGroup && commands.ungroup(selectedGroup)}
        onRemove={() => commands.remove(selectedNodes)}
        onFindPath={() => {
          setTab('path');
          const [from, to] = selectedNodes;
          if (from && to)
            void actions.findPath(
              from,
              to,
              pathHops,
              t('actions.path', { from: commands.labelOf(from), to: commands.labelOf(to) }),
            );
        }}
        onKeyPlayers={() => {
          setTab('keyPlayers');
          if (seeds.length > 0) void actions.findKeyPlayers(seeds, t('actions.keyPlayers'));
        }}
      />
      <Group align="stretch" gap="sm" wrap="wrap">
        {/* On narrow screens the side panel moves below the canvas. */}
        <Stack gap={6} style={{ flex: '1 1 480px', minWidth: 0 }}>
          <Paper
            withBorder
            pos="relative"
            h={CANVAS_HEIGHT}
            style={{ overflow: 'hidden' }}
            bg="white"
          >
            <NetworkGraph
              elements={elements}
              layoutName={layoutName}
              layoutNonce={layoutNonce}
              takePresetPositions={takePresetPositions}
              onReady={onReady}
              label={t('canvas.label', { nodes: nodes.length, edges: edges.length })}
              handlers={{
                onSelectionChange: (next) => {
                  setSelection(next);
                  if (
                    next.nodes.length + next.edges.length > 0 &&
                    tab !== 'path' &&
                    tab !== 'keyPlayers'
                  )
                    setTab('details');
                },
                onExpand: (key) => commands.expand(key),
                onContextMenu: setMenu,
              }}
            />
            <CanvasNotices
              notice={actions.notice}
              onDismissNotice={actions.dismissNotice}
              truncation={actions.truncation}
              onDismissTruncation={actions.dismissTruncation}
              onOpenFilters={() => setTab('filters')}
            />
            {isEmpty && !actions.isPending && (
              <Stack
                pos="absolute"
                inset={0}
                align="center"
                justify="center"
                gap={4}
                style={{ pointerEvents: 'none' }}
                data-testid="graph-empty"
              >
                <Text fw={600}>{t('empty.title')}</Text>
                <Text size="sm" c="dimmed">
                  {t('empty.description')}
                </Text>
              </Stack>
            )}
            {actions.isPending && (
              <Group
                pos="absolute"
                top={8}
                right={8}
                gap={6}
                bg="white"
                px="xs"
                py={4}
                style={{ borderRadius: 6 }}
                role="status"
                data-testid="graph-loading"
              >
                <Loader size="xs" />
                <Text size="xs">{t('loading')}</Text>
              </Group>
            )}
            <NodeContextMenu
              target={
                menu && menuNode
                  ? {
                      ...menu,
                      label: menuNode.label,
                      pinned: Boolean(canvas.pinned[menu.key]),
                      canCollapse: broughtInBy(canvas, menu.key).length > 0,
                      page: recordPagePath(menuNode.kind, menuNode.id),
                    }
                  : null
              }
              onClose={() => setMenu(null)}
              onExpand={() => menu && commands.expand(menu.key)}
              onExpandByType={() => {
                if (menu) commands.select(menu.key);
                setTab('details');
              }}
              onCollapse={() => menu && commands.collapse(menu.key)}
              onHide={() => menu && commands.hide([menu.key])}
              onTogglePin={() =>
                menu &&
                (canvas.pinned[menu.key] ? commands.unpin([menu.key]) : commands.pin([menu.key]))
              }
              onOpenPage={() =>
                menuNode && void navigate(recordPagePath(menuNode.kind, menuNode.id) ?? '/graph')
              }
              onRemove={() => menu && commands.remove([menu.key])}
            />
          </Paper>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed" data-testid="graph-counts">
              {t('status.counts', { nodes: nodes.length, edges: edges.length })}
              {canvas.hidden.length > 0
                ? ` · ${t('status.hiddenCount', { count: canvas.hidden.length })}`
                : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {t('shortcuts.hint')}
            </Text>
          </Group>
          {extent && (
            <TimelineSlider
              extent={extent}
              range={timeline}
              onChange={setTimeline}
              hiddenLinks={outOfRange.size}
            />
          )}
          <GraphLegend />
        </Stack>
        <GraphSidePanel
          tab={tab}
          onTabChange={setTab}
          height={CANVAS_HEIGHT}
          canvas={canvas}
          selectedNodes={selection.nodes}
          selectedLinks={selection.edges.map(linkIdOf)}
          filters={filters}
          onFiltersChange={setFilters}
          seeds={seeds}
          actions={actions}
          commands={commands}
          sizeByScore={sizeByScore}
          onSizeByScoreChange={setSizeByScore}
          savedViews={savedViews}
          pathHops={pathHops}
          onPathHopsChange={setPathHops}
          language={language}
        />
      </Group>
    </Stack>
  );
}
