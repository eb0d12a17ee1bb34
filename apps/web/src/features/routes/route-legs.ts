import type { TravelMode } from '@khsae/domain';

import type { PlaceSummary, RecruitmentRoute, RouteLeg, RouteLegBody } from '@/lib/api-types';

/** A leg as edited: places and broker as chosen in the pickers, dates as typed. */
export type LegDraft = {
  /** Stable React key; never sent. */
  key: string;
  from: PlaceSummary | null;
  to: PlaceSummary | null;
  mode: TravelMode | null;
  departedOn: string;
  arrivedOn: string;
  broker: RouteLeg['broker'];
  notes: string;
};

let lastKey = 0;
function legKey(): string {
  lastKey += 1;
  return `leg-${lastKey}`;
}

/** A new leg at the end: it starts where the last one ended, or at the origin when it is the first. */
export function addLeg(legs: readonly LegDraft[], origin: PlaceSummary | null): LegDraft[] {
  const previous = legs.at(-1);
  return [
    ...legs,
    {
      key: legKey(),
      from: previous ? previous.to : origin,
      to: null,
      mode: null,
      departedOn: '',
      arrivedOn: '',
      broker: null,
      notes: '',
    },
  ];
}

/** The leg at `index` moved by `delta` places (-1 up, +1 down); unchanged when it cannot move. */
export function moveLeg(legs: readonly LegDraft[], index: number, delta: -1 | 1): LegDraft[] {
  const target = index + delta;
  if (index < 0 || index >= legs.length || target < 0 || target >= legs.length) return [...legs];
  const next = [...legs];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved!);
  return next;
}

export function removeLeg(legs: readonly LegDraft[], index: number): LegDraft[] {
  return legs.filter((_, i) => i !== index);
}

/**
 * Changes one leg. When its destination changes, the next leg's start follows if it was empty or
 * still the old destination, so the chain stays joined as the user fills it in.
 */
export function updateLeg(
  legs: readonly LegDraft[],
  index: number,
  patch: Partial<Omit<LegDraft, 'key'>>,
): LegDraft[] {
  const current = legs[index];
  if (!current) return [...legs];
  const next = legs.map((leg, i) => (i === index ? { ...leg, ...patch } : leg));
  const following = next[index + 1];
  if (
    'to' in patch &&
    following &&
    (following.from === null || following.from.id === current.to?.id)
  ) {
    next[index + 1] = { ...following, from: patch.to ?? null };
  }
  return next;
}

/** Indexes of legs that do not start where the previous one ended. */
export function brokenJoins(legs: readonly LegDraft[]): number[] {
  return legs.flatMap((leg, i) => {
    const previous = legs[i - 1];
    return i > 0 && previous?.to && leg.from && previous.to.id !== leg.from.id ? [i] : [];
  });
}

export function legsFromRoute(route: RecruitmentRoute): LegDraft[] {
  return [...route.legs]
    .sort((a, b) => a.position - b.position)
    .map((leg) => ({
      key: legKey(),
      from: leg.fromPlace,
      to: leg.toPlace,
      mode: leg.mode,
      departedOn: leg.departedOn ?? '',
      arrivedOn: leg.arrivedOn ?? '',
      broker: leg.broker,
      notes: leg.notes ?? '',
    }));
}

/** The legs as the API takes them, in order. Incomplete legs are sent as they are for the server to name. */
export function legsBody(legs: readonly LegDraft[]): RouteLegBody[] {
  return legs.map((leg) => ({
    fromPlaceId: leg.from?.id ?? '',
    toPlaceId: leg.to?.id ?? '',
    mode: leg.mode ?? 'other',
    departedOn: leg.departedOn || null,
    arrivedOn: leg.arrivedOn || null,
    brokerId: leg.broker?.id ?? null,
    notes: leg.notes.trim() || null,
  }));
}

export type RouteStop =
  | { role: 'origin' | 'transit' | 'destination'; place: PlaceSummary; leg: RouteLeg | null }
  | {
      role: 'destination';
      compound: NonNullable<RecruitmentRoute['destinationCompound']>;
      leg: RouteLeg | null;
    };

/**
 * The route as a chain of stops: the origin, each leg's arrival (transit points), and the destination.
 * `leg` is the leg that arrives at the stop (its mode and broker label the arrow before it). The
 * destination compound is added after the last leg when it is not already a stop.
 */
export function routeStops(route: RecruitmentRoute): RouteStop[] {
  const legs = [...route.legs].sort((a, b) => a.position - b.position);
  const stops: RouteStop[] = [{ role: 'origin', place: route.originPlace, leg: null }];
  legs.forEach((leg) => stops.push({ role: 'transit', place: leg.toPlace, leg }));
  if (route.destinationCompound) {
    stops.push({ role: 'destination', compound: route.destinationCompound, leg: null });
  } else if (route.destinationPlace) {
    const last = stops.at(-1);
    if (last && 'place' in last && last.place.id === route.destinationPlace.id && legs.length > 0) {
      stops[stops.length - 1] = { ...last, role: 'destination' };
    } else {
      stops.push({ role: 'destination', place: route.destinationPlace, leg: null });
    }
  } else if (legs.length > 0) {
    const last = stops.at(-1)!;
    stops[stops.length - 1] = { ...last, role: 'destination' };
  }
  return stops;
}
