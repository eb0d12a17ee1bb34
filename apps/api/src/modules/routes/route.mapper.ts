import { refKey, type RecordDescription } from 'src/common/records/record-refs.service';
import { toRecordMeta } from 'src/common/records/record-meta.dto';
import type { PlaceRef } from 'src/modules/places/places.service';
import type { LegRow, RouteRow } from 'src/modules/routes/routes.repository';
import type { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';
import type { RouteLegResponseDto, RouteResponseDto } from 'src/modules/routes/dto/route.dto';

/** The brokers and compounds a route refers to, as their modules describe them. */
export type RouteRefs = Map<string, RecordDescription>;

/** How a place a statement returned reads in an answer. */
type Summary = (ref: PlaceRef) => PlaceSummaryDto;

/** The brokers and compounds routes refer to, to describe in one statement. */
export function routeRefs(
  routes: { destinationCompoundId: string | null; legs: { brokerId: string | null }[] }[],
): { kind: 'broker' | 'compound'; id: string }[] {
  return routes.flatMap((r) => [
    ...(r.destinationCompoundId
      ? [{ kind: 'compound' as const, id: r.destinationCompoundId }]
      : []),
    ...r.legs.flatMap((l) => (l.brokerId ? [{ kind: 'broker' as const, id: l.brokerId }] : [])),
  ]);
}

function toRouteLeg(leg: LegRow, refs: RouteRefs, summary: Summary): RouteLegResponseDto {
  const broker = leg.brokerId ? refs.get(refKey('broker', leg.brokerId)) : undefined;
  return {
    id: leg.id,
    position: leg.position,
    fromPlace: summary(leg.fromPlace),
    toPlace: summary(leg.toPlace),
    mode: leg.mode,
    departedOn: leg.departedOn,
    arrivedOn: leg.arrivedOn,
    broker: broker ? { id: broker.id, refCode: broker.code ?? '', label: broker.label } : null,
    notes: leg.notes,
  };
}

export function toRoute(r: RouteRow, refs: RouteRefs, summary: Summary): RouteResponseDto {
  const compound = r.destinationCompoundId
    ? refs.get(refKey('compound', r.destinationCompoundId))
    : undefined;
  return {
    ...toRecordMeta(r),
    refCode: r.refCode,
    name: r.name,
    originPlace: summary(r.originPlace),
    destinationCompound: compound
      ? { id: compound.id, refCode: compound.code ?? '', name: compound.label }
      : null,
    destinationPlace: r.destinationPlace ? summary(r.destinationPlace) : null,
    lureJob: r.lureJob,
    lureChannel: r.lureChannel,
    // numeric arrives as text so that no precision is lost on the way; two decimals fit a double.
    moneyAdvanced: r.moneyAdvanced === null ? null : Number(r.moneyAdvanced),
    currency: r.currency,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    notes: r.notes,
    legs: r.legs.map((leg) => toRouteLeg(leg, refs, summary)),
  };
}
