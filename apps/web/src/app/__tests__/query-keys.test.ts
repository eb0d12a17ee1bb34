import { describe, expect, it } from '@jest/globals';

import { placeKeys } from '@/api/places';
import { searchKeys } from '@/api/search';
import { brokerKeys } from '@/features/brokers/api/broker-keys';
import { brokerListFilter } from '@/features/brokers/broker-list-filter';
import { compoundKeys } from '@/features/compounds/api/compound-keys';
import { compoundListFilter } from '@/features/compounds/compound-list-filter';
import { identifierKeys } from '@/features/identifiers/api/identifier-keys';
import { linkKeys } from '@/features/links/api/link-keys';
import { routeKeys } from '@/features/routes/api/route-keys';
import { routeListFilter } from '@/features/routes/route-list-filter';
import { victimKeys } from '@/features/victims/api/victim-keys';
import { victimListFilter } from '@/features/victims/victim-list-filter';

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, i) => JSON.stringify(key[i]) === JSON.stringify(part));

const registry = [
  ['brokers', brokerKeys, brokerListFilter.defaults],
  ['victims', victimKeys, victimListFilter.defaults],
  ['compounds', compoundKeys, compoundListFilter.defaults],
  ['routes', routeKeys, routeListFilter.defaults],
] as const;

describe('query keys', () => {
  it.each(registry)('%s: lists and details differ in the second segment', (root, keys, filter) => {
    expect(keys.all).toEqual([root]);
    expect(keys.list(filter as never)).toEqual([root, 'list', filter]);
    expect(keys.detail('id-1')).toEqual([root, 'detail', 'id-1']);
    // Invalidating the lists never refetches a record's page, and the other way round.
    expect(startsWith(keys.detail('id-1'), keys.lists())).toBe(false);
    expect(startsWith(keys.list(filter as never), keys.details())).toBe(false);
  });

  it('puts every filter in the list key, so two filters never share a cache entry', () => {
    const a = brokerKeys.list({ ...brokerListFilter.defaults, q: 'sok' });
    const b = brokerKeys.list({ ...brokerListFilter.defaults, q: 'sok', archived: true });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it('keeps the victim identity apart from lists and details (each read is audited)', () => {
    const identity = victimKeys.identity('v1');
    expect(identity).toEqual(['victims', 'identity', 'v1']);
    expect(startsWith(identity, victimKeys.lists())).toBe(false);
    expect(startsWith(identity, victimKeys.details())).toBe(false);
    expect(startsWith(identity, victimKeys.identities())).toBe(true);
  });

  it('keys a record’s identifiers and links so one invalidation refreshes every record', () => {
    expect(identifierKeys.holder('broker', 'b1')).toEqual([
      'identifiers',
      'holder',
      'broker',
      'b1',
    ]);
    expect(startsWith(identifierKeys.holder('victim', 'v1'), identifierKeys.holders())).toBe(true);
    const links = linkKeys.list({ recordId: 'b1', page: 1, pageSize: 25 });
    expect(startsWith(links, linkKeys.lists())).toBe(true);
  });

  it('keys searches by everything they send', () => {
    expect(searchKeys.result({ q: 'សុខ', kinds: ['broker'], limit: 20 })).toEqual([
      'search',
      'results',
      { q: 'សុខ', kinds: ['broker'], limit: 20 },
    ]);
    expect(placeKeys.search({ q: 'ou', kind: 'village' })).toEqual([
      'places',
      'search',
      { q: 'ou', kind: 'village' },
    ]);
    expect(brokerKeys.picker('heng')).toEqual(['brokers', 'picker', 'heng']);
  });
});
