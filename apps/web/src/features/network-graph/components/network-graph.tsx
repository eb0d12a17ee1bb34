import { Box } from '@mantine/core';
import type { Core, Position } from 'cytoscape';
import { useEffect, useRef } from 'react';

import type { LayoutName } from '../cytoscape/layouts';
import type { GraphElement } from '../cytoscape/to-elements';
import { useCytoscape } from '../hooks/use-cytoscape';
import { useGraphEvents, type GraphEventHandlers } from '../hooks/use-graph-events';
import { useLabelCollision } from '../hooks/use-label-collision';
import { useSyncElements, type RenderStats } from '../hooks/use-sync-elements';

export type NetworkGraphProps = {
  elements: GraphElement[];
  layoutName: LayoutName;
  layoutNonce: number;
  takePresetPositions: () => Record<string, Position> | null;
  handlers: GraphEventHandlers;
  /** Hands the instance to the workbench for fit, export and selection from lists. */
  onReady: (cy: Core | null) => void;
  onRendered?: (stats: RenderStats) => void;
  label: string;
};

/**
 * The cytoscape host: a div that React never re-renders into. Elements, layouts and events are
 * applied by hooks to the one instance created on mount (network-graph.md).
 */
export function NetworkGraph({
  elements,
  layoutName,
  layoutNonce,
  takePresetPositions,
  handlers,
  onReady,
  onRendered,
  label,
}: NetworkGraphProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cy = useCytoscape(containerRef);
  useSyncElements(cy, elements, {
    layoutName,
    layoutNonce,
    takePresetPositions,
    ...(onRendered ? { onRendered } : {}),
  });
  useGraphEvents(cy, handlers);
  useLabelCollision(cy, elements);

  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  });
  useEffect(
    function announceInstance() {
      onReadyRef.current(cy);
      return () => onReadyRef.current(null);
    },
    [cy],
  );

  return (
    <Box
      ref={containerRef}
      role="img"
      aria-label={label}
      data-testid="graph-canvas"
      pos="absolute"
      inset={0}
    />
  );
}
