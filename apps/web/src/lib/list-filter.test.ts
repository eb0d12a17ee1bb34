import { describe, expect, it } from '@jest/globals';

import {
  dayParam,
  defineListFilter,
  enumParam,
  flagParam,
  idParam,
  nextSort,
  textParam,
} from './list-filter';

const PLACE = '82e00e89-1800-4d7f-bba0-6fbed46d72db';
const definition = defineListFilter({
  sorts: ['refCode', 'updatedAt'] as const,
  sort: 'updatedAt',
  order: 'desc',
  params: {
    q: textParam,
    role: enumParam(['transporter', 'foreign_agent'] as const),
    homePlaceId: idParam,
    from: dayParam,
    archived: flagParam,
  },
  views: ['archived'],
});

describe('defineListFilter', () => {
  it('reads defaults from an empty URL and writes nothing back', () => {
    const filter = definition.parse(new URLSearchParams());
    expect(filter).toEqual({
      page: 1,
      pageSize: 25,
      sort: 'updatedAt',
      order: 'desc',
      q: '',
      role: null,
      homePlaceId: null,
      from: '',
      archived: false,
    });
    expect(definition.toSearchParams(filter).toString()).toBe('');
    expect(definition.hasActiveFilters(filter)).toBe(false);
  });

  it('round-trips every kind of parameter', () => {
    const url = `page=3&sort=refCode&order=asc&q=sokha&role=transporter&homePlaceId=${PLACE}&from=2025-01-31&archived=true`;
    const filter = definition.parse(new URLSearchParams(url));
    expect(filter).toMatchObject({ page: 3, sort: 'refCode', order: 'asc', role: 'transporter' });
    expect(definition.toSearchParams(filter).toString()).toBe(url);
  });

  it('ignores values that are not allowed instead of sending them to the API', () => {
    const filter = definition.parse(
      new URLSearchParams(
        'page=-2&pageSize=9999&sort=password&order=up&role=boss&homePlaceId=1;drop&from=31/01/2025',
      ),
    );
    expect(filter).toMatchObject({
      page: 1,
      pageSize: 100,
      sort: 'updatedAt',
      order: 'desc',
      role: null,
      homePlaceId: null,
      from: '',
    });
  });

  it('clears filters but keeps the archived view, which is not a filter', () => {
    const filter = definition.parse(
      new URLSearchParams('q=x&role=transporter&archived=true&page=2'),
    );
    expect(definition.hasActiveFilters(filter)).toBe(true);
    const cleared = definition.cleared(filter);
    expect(definition.toSearchParams(cleared).toString()).toBe('archived=true');
    expect(
      definition.hasActiveFilters(definition.parse(new URLSearchParams('archived=true'))),
    ).toBe(false);
  });

  it('sends the API trimmed text, leaves out what is unset, and asks for archived records only when shown', () => {
    const filter = definition.parse(new URLSearchParams(`q=%20sok%20&homePlaceId=${PLACE}`));
    const query = definition.toQuery(filter);
    expect(query).toEqual({
      page: 1,
      pageSize: 25,
      sort: 'updatedAt',
      order: 'desc',
      q: 'sok',
      homePlaceId: PLACE,
    });
    expect([query.role, query.from, query.archived]).toEqual([undefined, undefined, undefined]);
    expect(definition.toQuery({ ...filter, q: '  ' }).q).toBeUndefined();
    expect(definition.toQuery({ ...filter, archived: true }).archived).toBe(true);
    expect(
      definition.toQuery({ ...filter, role: 'transporter', from: '2025-01-31' }),
    ).toMatchObject({
      role: 'transporter',
      from: '2025-01-31',
    });
  });
});

describe('nextSort', () => {
  it('sorts ascending first, then flips', () => {
    expect(nextSort({ sort: 'updatedAt', order: 'desc' }, 'refCode')).toEqual({
      sort: 'refCode',
      order: 'asc',
    });
    expect(nextSort({ sort: 'refCode', order: 'asc' }, 'refCode')).toEqual({
      sort: 'refCode',
      order: 'desc',
    });
    expect(nextSort({ sort: 'refCode', order: 'desc' }, 'refCode')).toEqual({
      sort: 'refCode',
      order: 'asc',
    });
  });
});
