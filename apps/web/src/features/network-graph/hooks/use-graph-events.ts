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
      // Selection is reported in the order it was made ("Find path" goes from the first record
      // picked to the second), and once per tick: box selection fires one event per element.
      let order: string[] = [];
      let scheduled = false;
      const onSelect = (event: EventObject) => {
        const id = (event.target as SingularElementReturnValue).id();
        order =
          event.type === 'select'
            ? [...order.filter((k) => k !== id), id]
            : order.filter((k) => k !== id);
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(() => {
          scheduled = false;
          if (cy.destroyed()) return;
          const selected = new Set(cy.$(':selected').map((e) => e.id()));
          order = order.filter((k) => selected.has(k));
          const ordered = [...order, ...[...selected].filter((k) => !order.includes(k))];
          latest.current.onSelectionChange({
            nodes: ordered.filter((id) => cy.getElementById(id).isNode()),
            edges: ordered.filter((id) => cy.getElementById(id).isEdge()),
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
