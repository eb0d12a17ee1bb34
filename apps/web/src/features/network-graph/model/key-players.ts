import type { RecordKind } from '@khsae/domain';

import type { KeyPlayer } from '@/lib/api-types';

/** Persons, in the order they are listed: brokers are whom an investigation is after. */
const PERSON_ORDER: Partial<Record<RecordKind, number>> = { broker: 0, victim: 1 };

/**
 * PURE: key players as the panel lists them. By default persons only, brokers first, each by
 * betweenness then links; with `allKinds`, places, compounds and routes too, by betweenness alone.
 */
export function rankKeyPlayers(
  players: readonly KeyPlayer[],
  { allKinds }: { allKinds: boolean },
): KeyPlayer[] {
  const byScore = (a: KeyPlayer, b: KeyPlayer) =>
    b.betweenness - a.betweenness || b.degree - a.degree;
  if (allKinds) {
    return [...players].sort(
      (a, b) => byScore(a, b) || (PERSON_ORDER[a.kind] ?? 2) - (PERSON_ORDER[b.kind] ?? 2),
    );
  }
  return players
    .filter((player) => PERSON_ORDER[player.kind] !== undefined)
    .sort((a, b) => (PERSON_ORDER[a.kind] ?? 2) - (PERSON_ORDER[b.kind] ?? 2) || byScore(a, b));
}
