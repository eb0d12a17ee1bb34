import type { PlaceSummary, RecruitmentRoute, RouteLeg } from '@khsae/domain';

import { toRecordMeta } from 'src/common/records/record-meta.dto';
import type { RouteLegEntity } from 'src/modules/routes/route-leg.entity';
import type { RouteEntity } from 'src/modules/routes/route.entity';
import type { SearchEntryInput } from 'src/modules/search/search-index.service';

export type BrokerBrief = { id: string; refCode: string; label: string };
export type CompoundBrief = { id: string; refCode: string; name: string };

/** What a route's answer refers to, loaded once for a whole page of routes. */
export type RouteRefs = {
  places: Map<string, PlaceSummary>;
  brokers: Map<string, BrokerBrief>;
  compounds: Map<string, CompoundBrief>;
};

/** Places are referenced by foreign keys, so a missing one is a bug, not a user error. */
function placeOf(places: Map<string, PlaceSummary>, id: string): PlaceSummary {
  const place = places.get(id);
  if (!place) throw new Error(`place ${id} of a route was not loaded`);
  return place;
}

export function toRouteLeg(leg: RouteLegEntity, refs: RouteRefs): RouteLeg {
  return {
    id: leg.id,
    position: leg.position,
    fromPlace: placeOf(refs.places, leg.fromPlaceId),
    toPlace: placeOf(refs.places, leg.toPlaceId),
    mode: leg.mode,
    departedOn: leg.departedOn,
    arrivedOn: leg.arrivedOn,
    broker: leg.brokerId ? (refs.brokers.get(leg.brokerId) ?? null) : null,
    notes: leg.notes,
  };
}

export function toRoute(r: RouteEntity, legs: RouteLegEntity[], refs: RouteRefs): RecruitmentRoute {
  return {
    ...toRecordMeta(r),
    refCode: r.refCode,
    name: r.name,
    originPlace: placeOf(refs.places, r.originPlaceId),
    destinationCompound: r.destinationCompoundId
      ? (refs.compounds.get(r.destinationCompoundId) ?? null)
      : null,
    destinationPlace: r.destinationPlaceId ? (refs.places.get(r.destinationPlaceId) ?? null) : null,
    lureJob: r.lureJob,
    lureChannel: r.lureChannel,
    // numeric arrives as text so that no precision is lost on the way; two decimals fit a double.
    moneyAdvanced: r.moneyAdvanced === null ? null : Number(r.moneyAdvanced),
    currency: r.currency,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    notes: r.notes,
    legs: legs.map((leg) => toRouteLeg(leg, refs)),
  };
}

export function routeSearchEntries(r: Pick<RouteEntity, 'name' | 'refCode'>): SearchEntryInput[] {
  return [
    { field: 'name', text: r.name },
    { field: 'code', text: r.refCode },
  ];
}
