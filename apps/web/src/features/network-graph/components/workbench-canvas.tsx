import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { Core } from 'cytoscape';
import { useCallback, useMemo, type RefObject } from 'react';

import { buildElements, linkIdOf } from '../cytoscape/to-elements';
import type { GraphEventHandlers } from '../hooks/use-graph-events';
import { useCommands, useWorkbench, useWorkbenchStore } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { linkTypeLabel } from '../i18n/graph-labels';
import {
  selectCanvas,
  selectIsEmpty,
  selectIsLoading,
  selectOverlay,
  selectVisibleEdges,
  selectVisibleNodes,
} from '../model/workbench-selectors';

import { CanvasNotices } from './canvas-notices';
import { NetworkGraph } from './network-graph';
import { NodeContextMenu } from './node-context-menu';

export type WorkbenchCanvasProps = {
  height: string;
  /** Where the workbench keeps the cytoscape instance for fit, export and selection from lists. */
  cyRef: RefObject<Core | null>;
};

/** The canvas with what lies over it: notices, the empty state, the loading sign, the menu. */
export function WorkbenchCanvas({ height, cyRef }: WorkbenchCanvasProps) {
  const { t } = useGraphTranslation();
  const store = useWorkbenchStore();
  const commands = useCommands();
  const canvas = useWorkbench(selectCanvas);
  const overlay = useWorkbench(selectOverlay);
  const layout = useWorkbench((state) => state.layout);
  const layoutRuns = useWorkbench((state) => state.layoutRuns);
  const nodes = useWorkbench(selectVisibleNodes).length;
  const edges = useWorkbench(selectVisibleEdges).length;
  const isEmpty = useWorkbench(selectIsEmpty);
  const isLoading = useWorkbench(selectIsLoading);

  const elements = useMemo(
    () => buildElements(canvas, { overlay, linkTypeLabel: (type) => linkTypeLabel(t, type) }),
    [canvas, overlay, t],
  );
  const takePresetPositions = useCallback(() => {
    const positions = store.getState().viewPositions;
    if (positions) store.dispatch({ type: 'viewPositionsTaken' });
    return positions;
  }, [store]);
  const onReady = useCallback(
    (cy: Core | null) => {
      cyRef.current = cy;
    },
    [cyRef],
  );
  const handlers = useMemo<GraphEventHandlers>(
    () => ({
      onSelectionChange: ({ nodes: picked, edges: links }) =>
        store.dispatch({
          type: 'select',
          selection: { nodes: picked, links: links.map(linkIdOf) },
        }),
      onExpand: (key) => commands.expand(key),
      onContextMenu: (menu) => store.dispatch({ type: 'openMenu', menu }),
    }),
    [commands, store],
  );

  return (
    <Paper withBorder pos="relative" h={height} style={{ overflow: 'hidden' }} bg="white">
      <NetworkGraph
        elements={elements}
        layoutName={layout}
        layoutNonce={layoutRuns}
        takePresetPositions={takePresetPositions}
        onReady={onReady}
        label={t('canvas.label', { nodes, edges })}
        handlers={handlers}
      />
      <CanvasNotices />
      {isEmpty && !isLoading && (
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
      {isLoading && (
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
      <NodeContextMenu />
    </Paper>
  );
}
