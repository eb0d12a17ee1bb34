import { randomUUID } from 'node:crypto';

import { type RecordKind, RECORD_KINDS, searchKey } from '@khsae/domain';
import { beforeAll, describe, expect, it } from '@jest/globals';

import type { Tx } from 'src/database/database';
import { SearchModule } from 'src/modules/search/search.module';
import { SearchRepository } from 'src/modules/search/search.repository';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { useTestModules } from '../../../test/utils/test-modules';

describe('SearchRepository', () => {
  const t = useTestModules([SearchModule]);
  let repo: SearchRepository;
  const kinds = [...RECORD_KINDS];
  /** A search key as the record kit writes it. */
  const key = async (
    tx: Tx,
    kind: RecordKind,
    field: string,
    text: string,
    o: { restricted?: boolean; archived?: boolean } = {},
  ) => {
    const id = randomUUID();
    await tx.query(
      `INSERT INTO search_entries (record_kind, record_id, field, source, text, key, restricted, archived)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7)`,
      [kind, id, field, text, searchKey(text), o.restricted ?? false, o.archived ?? false],
    );
    return id;
  };
  const texts = async (tx: Tx, q: string, o: { kinds?: RecordKind[]; restricted?: boolean } = {}) =>
    (await repo.hits(tx, keysOf(q), o.kinds ?? kinds, o.restricted ?? false, 20)).map((h) => [
      h.text,
      h.score,
    ]);

  const keysOf = (q: string) => ({ key: searchKey(q), exact: [searchKey(q)] });

  beforeAll(() => {
    repo = t.get(SearchRepository);
  });

  it('ranks exact, prefix, substring and similar spellings, best first', async () => {
    await t.rolledBack(async (tx) => {
      const id = await key(tx, 'broker', 'name', 'Sokha');
      await key(tx, 'broker', 'name', 'Sokhany');
      await key(tx, 'broker', 'alias', 'Bong Sokha');
      await key(tx, 'broker', 'name', 'Sokhaa');
      await key(tx, 'place', 'name', 'Phnom Penh');
      const hits = await repo.hits(tx, keysOf('sokha'), kinds, false, 20);
      expect(hits[0]).toEqual({
        kind: 'broker',
        id,
        field: 'name',
        text: 'Sokha',
        restricted: false,
        score: 1,
        exact: true,
      });
      expect(await texts(tx, 'sokha')).toEqual([
        ['Sokha', 1],
        ['Sokhaa', 0.9],
        ['Sokhany', 0.9],
        ['Bong Sokha', 0.8],
      ]);
      const similar = await texts(tx, 'sokhia');
      expect(similar.map(([text]) => text)).toContain('Sokha');
      expect(similar.every(([, score]) => Number(score) < 0.8)).toBe(true);
    });
  });

  it('matches short queries by prefix only', async () => {
    await t.rolledBack(async (tx) => {
      await key(tx, 'route', 'code', 'R-0042');
      await key(tx, 'broker', 'name', 'Ra');
      await key(tx, 'broker', 'name', 'Bora');
      expect(await texts(tx, 'ra')).toEqual([['Ra', 1]]);
      expect(await texts(tx, 'R-0')).toEqual([['R-0042', 0.9]]);
    });
  });

  it('leaves out archived records, kinds not asked for, and restricted keys unless allowed', async () => {
    await t.rolledBack(async (tx) => {
      await key(tx, 'broker', 'name', 'Chenda', { archived: true });
      await key(tx, 'victim', 'identity_name', 'Chenda Sok', { restricted: true });
      await key(tx, 'compound', 'name', 'Chenda Park');
      expect(await texts(tx, 'chenda')).toEqual([['Chenda Park', 0.9]]);
      expect(await texts(tx, 'chenda', { restricted: true })).toEqual([
        ['Chenda Sok', 0.9],
        ['Chenda Park', 0.9],
      ]);
      expect(await texts(tx, 'chenda', { kinds: ['victim'], restricted: true })).toEqual([
        ['Chenda Sok', 0.9],
      ]);
      expect(await repo.hits(tx, keysOf('chenda'), kinds, true, 1)).toHaveLength(1);
      expect(await texts(tx, "' OR 1=1--")).toEqual([]);
    });
  });

  it('finds the exact keys asked for by equality, short or long, marked exact and first', async () => {
    await t.rolledBack(async (tx) => {
      const phone = await key(tx, 'broker', 'identifier', '+855 12 345 678');
      await key(tx, 'broker', 'identifier', '+855 12 345 679');
      await key(tx, 'broker', 'identifier', '+855 12 345 6789');
      // "012345678" as typed is not a substring of the stored key: only its E.164 form meets it.
      const hits = await repo.hits(
        tx,
        { key: searchKey('012345678'), exact: ['85512345678'] },
        kinds,
        false,
        20,
      );
      expect(hits[0]).toMatchObject({ id: phone, exact: true, score: 1 });
      expect(hits.slice(1).every((h) => !h.exact && h.score < 1)).toBe(true);
      const short = await repo.hits(tx, { key: 'ab', exact: ['85512345678'] }, kinds, false, 20);
      expect(short.map((h) => [h.id, h.exact])).toEqual([[phone, true]]);
    });
  });

  it('describes places by their names and paths in both scripts', async () => {
    await t.rolledBack(async (tx) => {
      const [place] = await tx.query<{ id: string }[]>(
        `INSERT INTO places (kind, code, country_code, name_latin, name_km, path_latin, path_km)
         VALUES ('village', 'T-H3-1', 'KH', 'Ou Thum', 'អូរធំ', 'Ou Thum, Banteay Neang', 'អូរធំ បន្ទាយនាង') RETURNING id`,
      );
      const places = await repo.placesOf(tx, [place!.id, randomUUID()]);
      expect([...places.keys()]).toEqual([place!.id]);
      expect(places.get(place!.id)).toMatchObject({
        nameKm: 'អូរធំ',
        pathLatin: 'Ou Thum, Banteay Neang',
        pathKm: 'អូរធំ បន្ទាយនាង',
      });
    });
  });

  it('keeps no pending list on the trigram index, and a btree for exact keys', async () => {
    // A pending list is scanned in full by every search until vacuum flushes it: slow phases under writes.
    const [trgm] = await t.dataSource.query<{ options: string[] | null }[]>(
      `SELECT reloptions AS options FROM pg_class WHERE relname = 'idx_search_entries_key_trgm'`,
    );
    expect(trgm!.options).toContain('fastupdate=off');
    const [exact] = await t.dataSource.query<{ def: string }[]>(
      `SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'idx_search_entries_key'`,
    );
    expect(exact!.def).toMatch(/btree \(key text_pattern_ops\)/);
  });

  it('offers codes and numbers no look-alikes: only keys that hold them', async () => {
    await t.rolledBack(async (tx) => {
      const own = await key(tx, 'victim', 'code', 'V-2024-000108');
      const longer = await key(tx, 'victim', 'code', 'V-2024-0001089');
      await key(tx, 'victim', 'code', 'V-2024-000107');
      await key(tx, 'victim', 'code', 'V-2024-100108');
      await key(tx, 'broker', 'identifier', '+855 12 345 679');
      const hits = await repo.hits(tx, keysOf('V-2024-000108'), kinds, false, 20);
      expect(hits.map((h) => [h.id, h.exact])).toEqual([
        [own, true],
        [longer, false],
      ]);
      expect(await texts(tx, '12 345 678')).toEqual([]);
    });
  });
});
