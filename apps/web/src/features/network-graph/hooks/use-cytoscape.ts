import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useState, type RefObject } from 'react';

import '../cytoscape/register-extensions';
import { buildStylesheet } from '../cytoscape/stylesheet';
import { scheduleWarmUp } from '../cytoscape/warm-up';

/**
 * Creates the cytoscape instance once per mount on the container, destroys it on unmount. Props
 * never re-create it: elements, styles and layouts are applied to this one instance.
 */
export function useCytoscape(containerRef: RefObject<HTMLDivElement | null>): Core | null {
  const [cy, setCy] = useState<Core | null>(null);

  useEffect(
    function createCytoscape() {
      const container = containerRef.current;
      if (!container) return;
      const instance = cytoscape({
        container,
        style: buildStylesheet(),
        elements: [],
        minZoom: 0.05,
        maxZoom: 4,
        boxSelectionEnabled: true,
        // Drawing tuned for thousands of elements: no motion blur, no edge hiding tricks.
        motionBlur: false,
      });
      setCy(instance);
      const cancelWarmUp = scheduleWarmUp();
      // Labels are drawn on a canvas, which does not wait for web fonts: redraw once they are in.
      let alive = true;
      void document.fonts
        ?.load('11px "Noto Sans Khmer"', 'ក')
        .then(() => document.fonts.ready)
        .then(() => {
          if (alive) instance.style().update();
        })
        .catch(() => undefined);
      // Cytoscape caches where its container is on the page. When anything above it changes height
      // (a notice, a font), the container moves without resizing and clicks land beside the nodes;
      // watching the page as well as the container keeps the cache fresh.
      const observer =
        typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
      observer?.observe(container);
      observer?.observe(document.body);
      return () => {
        alive = false;
        cancelWarmUp();
        observer?.disconnect();
        instance.destroy();
        setCy(null);
      };
    },
    [containerRef],
  );

  return cy;
}
