import { Box, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { Core } from 'cytoscape';
import { useId, useMemo, useRef, useState } from 'react';

import { useCanvasCommands } from '../hooks/use-canvas-commands';
import { useWorkbench, WorkbenchContext } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import {
  selectHiddenCount,
  selectVisibleEdges,
  selectVisibleNodes,
} from '../model/workbench-selectors';
import { createWorkbenchStore } from '../model/workbench-store';

import { CanvasRecordList } from './canvas-record-list';
import { GraphLegend } from './graph-legend';
import { GraphSidePanel } from './graph-side-panel';
import { GraphToolbar } from './graph-toolbar';
import { RecordSearch } from './record-search';
import { SeedsFromUrlEffect } from './seeds-from-url-effect';
import { SelectionBar } from './selection-bar';
import { TimelineSlider } from './timeline-slider';
import { WorkbenchCanvas } from './workbench-canvas';

const CANVAS_HEIGHT = 'max(520px, calc(100vh - 330px))';

/**
 * The link-graph workbench: search, canvas, selection tools, side panel and timeline. It owns the
 * store (model/workbench-store.ts) and hands it, with the commands, to the components below.
 */
export function GraphWorkbench({ exportedBy = '' }: { exportedBy?: string }) {
  const { t, language } = useGraphTranslation();
  const [store] = useState(() => createWorkbenchStore());
  const cyRef = useRef<Core | null>(null);
  const commands = useCanvasCommands({ store, cyRef, t, language, exportedBy });
  const workbench = useMemo(() => ({ store, commands }), [store, commands]);

  useHotkeys([
    ['mod+z', () => store.dispatch({ type: 'undo' })],
    ['mod+shift+z', () => store.dispatch({ type: 'redo' })],
    ['mod+y', () => store.dispatch({ type: 'redo' })],
    ['Escape', () => store.dispatch({ type: 'closeMenu' })],
  ]);

  return (
    <WorkbenchContext.Provider value={workbench}>
      <Stack gap="sm">
        <SeedsFromUrlEffect onSeeds={commands.openSeeds} />
        <Group align="flex-end" justify="space-between" gap="sm" wrap="wrap">
          <Box miw={320} style={{ flex: 1, maxWidth: 520 }}>
            <RecordSearch onAdd={commands.add} />
          </Box>
          <GraphToolbar />
        </Group>
        <SelectionBar />
        <Group align="stretch" gap="sm" wrap="wrap">
          {/* On narrow screens the side panel moves below the canvas. */}
          <Stack gap={6} style={{ flex: '1 1 480px', minWidth: 0 }}>
            <WorkbenchCanvas height={CANVAS_HEIGHT} cyRef={cyRef} />
            <CanvasStatus />
            <TimelineSlider />
            <CanvasAside />
          </Stack>
          <GraphSidePanel height={CANVAS_HEIGHT} />
        </Group>
      </Stack>
    </WorkbenchContext.Provider>
  );
}

/** The legend and the keyboard list of records, each opened on demand below the canvas. */
function CanvasAside() {
  const { t } = useGraphTranslation();
  const nodes = useWorkbench(selectVisibleNodes).length;
  const [open, setOpen] = useState<'legend' | 'records' | null>(null);
  const legendId = useId();
  const recordsId = useId();
  const toggle = (part: 'legend' | 'records') => setOpen((now) => (now === part ? null : part));
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="default"
          aria-expanded={open === 'legend'}
          aria-controls={legendId}
          onClick={() => toggle('legend')}
          data-testid="graph-legend-toggle"
        >
          {t('legend.show')}
        </Button>
        <Button
          size="compact-xs"
          variant="default"
          aria-expanded={open === 'records'}
          aria-controls={recordsId}
          onClick={() => toggle('records')}
          disabled={nodes === 0}
          data-testid="graph-record-list-toggle"
        >
          {t('canvas.recordListCount', { count: nodes })}
        </Button>
      </Group>
      <Collapse expanded={open === 'legend'}>
        <Paper withBorder p="xs">
          <GraphLegend id={legendId} />
        </Paper>
      </Collapse>
      <Collapse expanded={open === 'records'}>
        <Paper withBorder p="xs">
          {open === 'records' && <CanvasRecordList id={recordsId} />}
        </Paper>
      </Collapse>
    </Stack>
  );
}

function CanvasStatus() {
  const { t } = useGraphTranslation();
  const nodes = useWorkbench(selectVisibleNodes).length;
  const edges = useWorkbench(selectVisibleEdges).length;
  const hidden = useWorkbench(selectHiddenCount);
  return (
    <Group justify="space-between" gap="xs">
      <Text size="xs" c="dimmed" data-testid="graph-counts">
        {t('status.counts', { nodes, edges })}
        {hidden > 0 ? ` · ${t('status.hiddenCount', { count: hidden })}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {t('shortcuts.hint')}
      </Text>
    </Group>
  );
}
