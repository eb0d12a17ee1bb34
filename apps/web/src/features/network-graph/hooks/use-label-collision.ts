import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';

import { labelPriority, pickLabels, type LabelCandidate } from '../cytoscape/label-collision';
import { CLASS, LABEL_HIDDEN } from '../cytoscape/stylesheet';
import type { GraphElement } from '../cytoscape/to-elements';

const LABEL_BOX = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeOverlays: false,
} as const;
const BODY_BOX = { includeLabels: false, includeOverlays: false } as const;

/** Hides the labels that would overlap a more important label or another record (cytoscape/label-collision.ts). */
export function declutterLabels(cy: Core): void {
  const nodes = cy.nodes().filter((node) => node.visible() && !node.isParent());
  const candidates: LabelCandidate[] = nodes.map((node: NodeSingular) => ({
    key: node.id(),
    priority: labelPriority({
      selected: node.selected(),
      onPath: node.hasClass(CLASS.onPath),
      origin: node.hasClass(CLASS.origin),
      score: Number(node.data('score')) || 0,
      degree: node.degree(false),
    }),
    label: node.boundingBox(LABEL_BOX),
    body: node.boundingBox(BODY_BOX),
  }));
  const shown = pickLabels(candidates);
  cy.batch(() => {
    nodes.forEach((node) => {
      const hidden = !shown.has(node.id());
      if (Boolean(node.data(LABEL_HIDDEN)) !== hidden) node.data(LABEL_HIDDEN, hidden);
    });
  });
}

/**
 * Keeps labels from overlapping: once per frame after the elements change, a layout ends, a record
 * is dropped or the selection changes. Label boxes scale with the zoom like the records do, so
 * zooming needs no pass.
 */
export function useLabelCollision(cy: Core | null, elements: GraphElement[]) {
  const schedule = useRef<() => void>(() => undefined);
  useEffect(
    function declutterOnChanges() {
      if (!cy) return;
      let frame = 0;
      const run = () => {
        frame = 0;
        if (!cy.destroyed()) declutterLabels(cy);
      };
      schedule.current = () => {
        if (frame === 0) frame = requestAnimationFrame(run);
      };
      const onChange = () => schedule.current();
      cy.on('layoutstop dragfree select unselect', onChange);
      return () => {
        cy.off('layoutstop dragfree select unselect', onChange);
        cancelAnimationFrame(frame);
        schedule.current = () => undefined;
      };
    },
    [cy],
  );
  useEffect(() => schedule.current(), [elements]);
}
