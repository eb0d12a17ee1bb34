import { describe, expect, it } from '@jest/globals';

import type { PlaceSummary, RecruitmentRoute } from '@/lib/api-types';
import { createI18n } from '@/lib/i18n';

import { isRouteField, routePatch, routeValues, validateRoute } from './route-form-values';
import { addLeg, moveLeg, updateLeg } from './route-legs';

const place = (id: string): PlaceSummary => ({
  id,
  kind: 'city',
  code: null,
  nameKm: null,
  nameLatin: id,
  pathLatin: id,
  pathKm: null,
  countryCode: 'KH',
});

const route: RecruitmentRoute = {
  id: 'r1',
  version: 7,
  createdAt: '',
  updatedAt: '',
  createdBy: null,
  archivedAt: null,
  refCode: 'R-0001',
  name: 'Ou Thum to Jin Bei',
  originPlace: place('ou-thum'),
  destinationCompound: { id: 'c1', refCode: 'C-0001', name: 'Jin Bei 4' },
  destinationPlace: null,
  lureJob: null,
  lureChannel: 'telegram',
  moneyAdvanced: 150,
  currency: 'USD',
  firstSeen: '2024-01-01',
  lastSeen: null,
  notes: null,
  legs: [
    {
      id: 'l0',
      position: 0,
      fromPlace: place('ou-thum'),
      toPlace: place('poipet'),
      mode: 'bus',
      departedOn: null,
      arrivedOn: null,
      broker: null,
      notes: null,
    },
    {
      id: 'l1',
      position: 1,
      fromPlace: place('poipet'),
      toPlace: place('bangkok'),
      mode: 'car',
      departedOn: null,
      arrivedOn: null,
      broker: { id: 'b1', refCode: 'B-0001', label: 'Heng Dara' },
      notes: null,
    },
  ],
};

describe('route form values', () => {
  const { t } = createI18n('en');

  it('sends nothing when nothing changed', () => {
    expect(routePatch(route, routeValues(route))).toBeNull();
  });

  it('sends the whole ordered list of legs when one leg changes, with the version read', () => {
    const values = routeValues(route);
    values.legs = updateLeg(values.legs, 1, { mode: 'minivan' });
    expect(routePatch(route, values)).toEqual({
      version: 7,
      legs: [
        expect.objectContaining({ fromPlaceId: 'ou-thum', toPlaceId: 'poipet', mode: 'bus' }),
        expect.objectContaining({ fromPlaceId: 'poipet', mode: 'minivan', brokerId: 'b1' }),
      ],
    });
  });

  it('names the leg that does not start where the previous one ended', () => {
    const values = routeValues(route);
    values.legs = moveLeg(values.legs, 1, -1);
    const errors = validateRoute(values, t);
    expect(errors['legs[1].fromPlaceId']).toBe('Each leg must start where the previous one ended.');
  });

  it('asks for the missing parts of a new leg', () => {
    const values = routeValues(route);
    values.legs = addLeg(values.legs, values.originPlace);
    const errors = validateRoute(values, t);
    expect(values.legs[2]!.from?.id).toBe('bangkok');
    expect(errors['legs[2].toPlaceId']).toBe('Choose where this leg ends.');
    expect(errors['legs[2].mode']).toBe('Choose how they travelled.');
    expect(errors['legs[2].fromPlaceId']).toBeUndefined();
  });

  it('checks money and dates before asking the server', () => {
    const values = {
      ...routeValues(route),
      moneyAdvanced: 12.345,
      currency: 'dollars',
      lastSeen: '2023-01-01',
    };
    expect(validateRoute(values, t)).toMatchObject({
      moneyAdvanced: 'Enter an amount of 0 or more, with at most two decimals.',
      currency: 'Enter a three-letter currency code such as USD.',
      lastSeen: 'Last seen cannot be before first seen.',
    });
  });

  it('recognises the server’s names for leg fields', () => {
    expect(isRouteField('legs[1].fromPlaceId')).toBe(true);
    expect(isRouteField('originPlaceId')).toBe(true);
    expect(isRouteField('legs[1].password')).toBe(false);
    expect(isRouteField('version')).toBe(false);
  });
});
