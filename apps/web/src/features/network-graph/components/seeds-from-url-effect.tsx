import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

import { parseSeedsParam } from '../model/graph-filters';

export type SeedsFromUrlEffectProps = {
  /** Called with valid `kind:uuid` keys whenever `?seeds=` names new records. */
  onSeeds: (keys: string[]) => void;
};

/**
 * Effect component: `/graph?seeds=broker:<uuid>` (the "Show network" links on record pages) puts
 * those records and their network on the canvas. Each distinct value loads once.
 */
export function SeedsFromUrlEffect({ onSeeds }: SeedsFromUrlEffectProps) {
  const [searchParams] = useSearchParams();
  const seedsParam = searchParams.get('seeds');
  const loaded = useRef<string | null>(null);
  const latest = useRef(onSeeds);
  useEffect(() => {
    latest.current = onSeeds;
  });

  useEffect(
    function loadSeedsFromUrl() {
      if (!seedsParam || loaded.current === seedsParam) return;
      loaded.current = seedsParam;
      const keys = parseSeedsParam(seedsParam).map((pointer) => pointer.key);
      if (keys.length > 0) latest.current(keys);
    },
    [seedsParam],
  );
  return null;
}
