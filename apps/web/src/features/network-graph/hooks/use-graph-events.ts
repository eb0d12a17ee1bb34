import type { Core, EventObject, SingularElementReturnValue } from 'cytoscape';
import { useEffect, useRef } from 'react';

import { isGroupId } from '../model/canvas-state';

export type GraphSelection = { nodes: string[]; edges: string[] };

export type GraphEventHandlers = {
  onSelectionChange: (selection: GraphSelection) => void;
  /** Double-click (or double-tap) on a record. */
  onExpand: (key: string) => void;
  /** Right-click (or long press) on a record, at its on-screen position within the canvas. */
  onContextMenu: (menu: { key: string; x: number; y: number }) => void;
};

/**
 * Binds the canvas events once per cy. Handlers are read through a ref, so new callbacks on every
 * render never rebind (and never leak) listeners.
 */
export function useGraphEvents(cy: Core | null, handlers: GraphEventHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(
    function bindGraphEvents() {
      if (!cy) return;
      // Box selection fires one event per element: report the selection once per tick.
      let scheduled = false;
      const onSelect = () => {
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(() => {
          scheduled = false;
          if (cy.destroyed()) return;
          latest.current.onSelectionChange({
            nodes: cy.$('node:selected').map((n) => n.id()),
            edges: cy.$('edge:selected').map((e) => e.id()),
          });
        });
      };
      const onDoubleTap = (event: EventObject) => {
        const id = (event.target as SingularElementReturnValue).id();
        if (!isGroupId(id)) latest.current.onExpand(id);
      };
      const onContext = (event: EventObject) => {
        const id = (event.target as SingularElementReturnValue).id();
        if (isGroupId(id)) return;
        latest.current.onContextMenu({
          key: id,
          x: event.renderedPosition.x,
          y: event.renderedPosition.y,
        });
      };
      cy.on('select unselect', onSelect);
      cy.on('dbltap', 'node', onDoubleTap);
      cy.on('cxttap', 'node', onContext);
      return () => {
        if (cy.destroyed()) return;
        cy.removeListener('select unselect', onSelect);
        cy.removeListener('dbltap', 'node', onDoubleTap);
        cy.removeListener('cxttap', 'node', onContext);
      };
    },
    [cy],
  );
}
