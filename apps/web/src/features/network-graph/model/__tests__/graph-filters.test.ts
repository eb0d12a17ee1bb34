import { describe, expect, it } from '@jest/globals';

import { RECORD_KINDS } from '@khsae/domain';

import {
  DEFAULT_FILTERS,
  filterParams,
  hasActiveFilters,
  kindOfKey,
  normaliseFilters,
  parsePointer,
  parseSeedsParam,
} from '../graph-filters';

const uuid = '9f1c2a4e-0b1d-4c7e-9a55-3d2f1e6b7c80';

describe('graph filters', () => {
  it('should send nothing for the defaults', () => {
    expect(filterParams(DEFAULT_FILTERS)).toEqual({});
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
  });

  it('should send the narrowing filters in the vocabulary order', () => {
    const params = filterParams({
      ...DEFAULT_FILTERS,
      kinds: ['victim', 'broker'],
      linkTypes: ['works_for', 'recruited'],
      confidence: ['probable', 'confirmed'],
      since: '2024-01-01',
      until: 'soon',
    });
    expect(params).toEqual({
      kinds: ['broker', 'victim'],
      linkTypes: ['recruited', 'works_for'],
      confidence: ['confirmed', 'probable'],
      since: '2024-01-01',
    });
  });

  it('should always include the kinds of the records asked about', () => {
    expect(filterParams({ ...DEFAULT_FILTERS, kinds: ['victim'] }, ['compound']).kinds).toEqual([
      'victim',
      'compound',
    ]);
    expect(filterParams({ ...DEFAULT_FILTERS, kinds: [...RECORD_KINDS] }, ['place']).kinds).toBe(
      undefined,
    );
  });

  it('should let an expansion choose its own link types', () => {
    expect(filterParams(DEFAULT_FILTERS, [], ['paid']).linkTypes).toEqual(['paid']);
  });

  it('should keep hops and the node cap inside what the API accepts', () => {
    expect(normaliseFilters({ ...DEFAULT_FILTERS, hops: 9, limit: 5000 })).toMatchObject({
      hops: 3,
      limit: 2000,
    });
    expect(normaliseFilters({ ...DEFAULT_FILTERS, hops: 0, limit: Number.NaN })).toMatchObject({
      hops: 1,
      limit: 1,
    });
  });

  it('should read record pointers and the seeds parameter', () => {
    expect(parsePointer(`Broker:${uuid.toUpperCase()}`)).toEqual({
      key: `broker:${uuid}`,
      kind: 'broker',
      id: uuid,
    });
    expect(parsePointer('person:1')).toBeNull();
    expect(parseSeedsParam(`broker:${uuid},nonsense,broker:${uuid},place:${uuid}`)).toHaveLength(2);
    expect(parseSeedsParam(null)).toEqual([]);
    expect(kindOfKey(`route:${uuid}`)).toBe('route');
  });
});
