import { describe, expect, it } from '@jest/globals';

import type { PlaceSummary, RecruitmentRoute, RouteLeg } from '@/lib/api-types';

import {
  addLeg,
  brokenJoins,
  legsBody,
  moveLeg,
  removeLeg,
  routeStops,
  updateLeg,
  type LegDraft,
} from './route-legs';

const place = (id: string, kind: PlaceSummary['kind'] = 'city'): PlaceSummary => ({
  id,
  kind,
  code: null,
  nameKm: null,
  nameLatin: id,
  pathLatin: id,
  pathKm: null,
  countryCode: 'KH',
});

const village = place('ou-thum', 'village');
const poipet = place('poipet', 'border_crossing');
const bangkok = place('bangkok');
const mae = place('mae-sot');

const ids = (legs: LegDraft[]) => legs.map((leg) => `${leg.from?.id}>${leg.to?.id}`);

function chain(...stops: PlaceSummary[]): LegDraft[] {
  let legs: LegDraft[] = [];
  for (let i = 1; i < stops.length; i += 1) {
    legs = addLeg(legs, stops[0]!);
    legs = updateLeg(legs, i - 1, { to: stops[i]!, mode: 'bus' });
  }
  return legs;
}

describe('route legs', () => {
  it('starts the first leg at the origin and each next leg where the last one ended', () => {
    let legs = addLeg([], village);
    expect(legs[0]!.from?.id).toBe('ou-thum');
    legs = updateLeg(legs, 0, { to: poipet });
    legs = addLeg(legs, village);
    expect(ids(legs)).toEqual(['ou-thum>poipet', 'poipet>undefined']);
    expect(new Set(legs.map((l) => l.key)).size).toBe(2);
  });

  it('moves a leg up and down, and not past either end', () => {
    const legs = chain(village, poipet, bangkok, mae);
    expect(ids(moveLeg(legs, 2, -1))).toEqual([
      'ou-thum>poipet',
      'bangkok>mae-sot',
      'poipet>bangkok',
    ]);
    expect(ids(moveLeg(legs, 0, 1))).toEqual([
      'poipet>bangkok',
      'ou-thum>poipet',
      'bangkok>mae-sot',
    ]);
    expect(ids(moveLeg(legs, 0, -1))).toEqual(ids(legs));
    expect(ids(moveLeg(legs, 2, 1))).toEqual(ids(legs));
    // The same leg objects (and React keys) move; nothing is copied or lost.
    expect(
      moveLeg(legs, 1, 1)
        .map((l) => l.key)
        .sort(),
    ).toEqual(legs.map((l) => l.key).sort());
  });

  it('removes one leg', () => {
    const legs = chain(village, poipet, bangkok);
    expect(ids(removeLeg(legs, 0))).toEqual(['poipet>bangkok']);
    expect(removeLeg(legs, 5)).toHaveLength(2);
  });

  it('keeps the next leg joined when a destination changes, unless the user set it apart', () => {
    let legs = chain(village, poipet, bangkok);
    legs = updateLeg(legs, 0, { to: mae });
    expect(ids(legs)).toEqual(['ou-thum>mae-sot', 'mae-sot>bangkok']);
    legs = updateLeg(legs, 1, { from: poipet });
    legs = updateLeg(legs, 0, { to: bangkok });
    expect(ids(legs)).toEqual(['ou-thum>bangkok', 'poipet>bangkok']);
  });

  it('finds legs that do not start where the previous one ended', () => {
    const legs = chain(village, poipet, bangkok, mae);
    expect(brokenJoins(legs)).toEqual([]);
    expect(brokenJoins(moveLeg(legs, 2, -1))).toEqual([1, 2]);
  });

  it('sends the legs in order, as the API names them', () => {
    const legs = updateLeg(chain(village, poipet), 0, {
      departedOn: '2025-03-01',
      broker: { id: 'b1', refCode: 'B-0001', label: 'Heng Dara' },
      notes: '  night crossing ',
    });
    expect(legsBody(legs)).toEqual([
      {
        fromPlaceId: 'ou-thum',
        toPlaceId: 'poipet',
        mode: 'bus',
        departedOn: '2025-03-01',
        arrivedOn: null,
        brokerId: 'b1',
        notes: 'night crossing',
      },
    ]);
  });
});

describe('routeStops', () => {
  const leg = (position: number, from: PlaceSummary, to: PlaceSummary): RouteLeg => ({
    id: `l${position}`,
    position,
    fromPlace: from,
    toPlace: to,
    mode: 'bus',
    departedOn: null,
    arrivedOn: null,
    broker: null,
    notes: null,
  });
  const route = (overrides: Partial<RecruitmentRoute>): RecruitmentRoute => ({
    id: 'r',
    version: 1,
    createdAt: '',
    updatedAt: '',
    createdBy: null,
    archivedAt: null,
    refCode: 'R-0001',
    name: 'r',
    originPlace: village,
    destinationCompound: null,
    destinationPlace: null,
    lureJob: null,
    lureChannel: null,
    moneyAdvanced: null,
    currency: null,
    firstSeen: null,
    lastSeen: null,
    notes: null,
    legs: [],
    ...overrides,
  });

  it('chains origin, transit points in leg order and the destination compound', () => {
    const stops = routeStops(
      route({
        legs: [leg(1, poipet, bangkok), leg(0, village, poipet)],
        destinationCompound: { id: 'c', refCode: 'C-0001', name: 'Jin Bei 4' },
      }),
    );
    expect(stops.map((s) => s.role)).toEqual(['origin', 'transit', 'transit', 'destination']);
    expect(stops.map((s) => ('place' in s ? s.place.id : s.compound.name))).toEqual([
      'ou-thum',
      'poipet',
      'bangkok',
      'Jin Bei 4',
    ]);
    expect(stops[1]!.leg?.id).toBe('l0');
  });

  it('ends at the last leg when it reaches the destination place', () => {
    const stops = routeStops(
      route({ legs: [leg(0, village, bangkok)], destinationPlace: bangkok }),
    );
    expect(stops.map((s) => s.role)).toEqual(['origin', 'destination']);
  });

  it('shows origin and destination alone when no legs are known', () => {
    const stops = routeStops(route({ destinationPlace: bangkok }));
    expect(stops.map((s) => s.role)).toEqual(['origin', 'destination']);
    expect(stops[1]!.leg).toBeNull();
  });
});
