import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { seedPlaces } from './utils/registry-fixtures';
import { type Agent, auditRows, startTestApp, type TestApp } from './utils/test-app';

const HEADER =
  'code,level,parent_code,name_km,name_latin,name_ungegn,unit_en,unit_km,unit_latin,lat,long,iso3166_2';
const ABOVE = [
  '01,province,,បន្ទាយមានជ័យ,Banteay Meanchey,Bântéay Méanchoăy,Province,ខេត្ត,Khaet,13.8,102.9,KH-1',
  '0102,district,01,មង្គលបូរី,Mongkol Borey,,District,ស្រុក,Srok,13.5,103.0,',
  '010201,commune,0102,បន្ទាយនាង,Banteay Neang,Bântéay Néang,Commune,ឃុំ,Khum,13.51,103.01,',
];
/** The test slice, newer: Ou Thum renamed, Phnum gone, Kouk Ampil new. */
const NEWER = [
  HEADER,
  ...ABOVE,
  '01020101,village,010201,អូរធំថ្មី,Ou Thum Thmei,,Village,ភូមិ,Phum,,,',
  '01020103,village,010201,គោកអំពិល,Kouk Ampil,,Village,ភូមិ,Phum,,,',
  '',
].join('\n');

describe('the gazetteer admin screen', () => {
  let t: TestApp;
  let admin: Agent;
  let places: Record<string, string>;
  const placesNow = () =>
    t.dataSource.query<{ code: string; name_latin: string; archived: boolean }[]>(
      `SELECT code, name_latin, archived_at IS NOT NULL AS archived FROM places
        WHERE kind = 'village' ORDER BY code`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    places = await seedPlaces(t.dataSource);
    admin = await t.signIn('admin@demo.local');
  }, 60_000);
  afterAll(async () => t?.close());

  it('shows the units per level and no version before any recorded import', async () => {
    const res = await admin.get('/api/gazetteer');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      current: null,
      counts: { province: 1, district: 1, commune: 1, village: 2 },
    });
  });

  it('previews what a newer file adds, renames and removes, and changes nothing', async () => {
    const before = await placesNow();
    const res = await admin
      .post('/api/gazetteer/preview')
      .send({ fileName: 'newer.csv', content: NEWER });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      fileName: 'newer.csv',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      current: false,
      counts: { province: 1, district: 1, commune: 1, village: 2 },
      added: {
        count: 1,
        samples: [
          { code: '01020103', kind: 'village', before: null, after: { nameLatin: 'Kouk Ampil' } },
        ],
      },
      renamed: {
        count: 1,
        samples: [
          {
            code: '01020101',
            before: { nameLatin: 'Ou Thum', nameKm: 'អូរធំ' },
            after: { nameLatin: 'Ou Thum Thmei', nameKm: 'អូរធំថ្មី' },
          },
        ],
      },
      removed: { count: 1, samples: [{ code: '01020102', after: null }] },
    });
    expect(await placesNow()).toEqual(before);
  });

  it('refuses a file that is not the gazetteer, naming the field, and changes nothing', async () => {
    const before = await placesNow();
    for (const content of [
      'name,age\nA,1\n',
      `${HEADER}\n01020109,village,999999,x,X,,Village,ភូមិ,Phum,,,\n`,
    ]) {
      const res = await admin.post('/api/gazetteer/preview').send({ fileName: 'bad.csv', content });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field: 'content', problems: [expect.any(String)] }]);
    }
    const stale = await admin
      .post('/api/gazetteer/apply')
      .send({ fileName: 'newer.csv', content: NEWER, sha256: 'a'.repeat(64) });
    expect(stale.status).toBe(400);
    expect(stale.body.fields).toEqual([{ field: 'sha256', problems: [expect.any(String)] }]);
    const badDate = await admin
      .post('/api/gazetteer/preview')
      .send({ fileName: 'newer.csv', content: NEWER, fileDate: 'yesterday' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.fields).toEqual([{ field: 'fileDate', problems: [expect.any(String)] }]);
    expect(await placesNow()).toEqual(before);
    expect(await t.dataSource.query(`SELECT * FROM gazetteer_imports`)).toEqual([]);
  });

  it('applies the previewed file in one transaction, recorded and audited', async () => {
    const { sha256 } = (
      await admin.post('/api/gazetteer/preview').send({ fileName: 'newer.csv', content: NEWER })
    ).body as { sha256: string };
    const res = await admin.post('/api/gazetteer/apply').send({
      fileName: 'newer.csv',
      content: NEWER,
      sha256,
      fileDate: '2026-11-30T10:00:00.000Z',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      current: {
        fileName: 'newer.csv',
        fileDate: '2026-11-30T10:00:00.000Z',
        sha256,
        units: 5,
        added: 1,
        renamed: 1,
        removed: 1,
        importedBy: expect.any(String),
      },
      counts: { province: 1, district: 1, commune: 1, village: 2 },
    });
    expect(await placesNow()).toEqual([
      { code: '01020101', name_latin: 'Ou Thum Thmei', archived: false },
      // Removed from the file, archived: records that name it keep their place.
      { code: '01020102', name_latin: 'Phnum', archived: true },
      { code: '01020103', name_latin: 'Kouk Ampil', archived: false },
    ]);
    // The renamed village keeps its id and its path follows the new name.
    const [ou] = await t.dataSource.query<{ id: string; path_latin: string }[]>(
      `SELECT id, path_latin FROM places WHERE code = '01020101'`,
    );
    expect(ou).toEqual({
      id: places['01020101'],
      path_latin: 'Phum Ou Thum Thmei, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
    });
    const [audit] = await auditRows(t.dataSource, {
      action: 'update',
      actorEmail: 'admin@demo.local',
    });
    expect(audit).toMatchObject({
      outcome: 'success',
      details: { fileName: 'newer.csv', sha256, added: 1, renamed: 1, removed: 1 },
    });
    // Previewed again, the same file is the current one and changes nothing.
    const again = await admin
      .post('/api/gazetteer/preview')
      .send({ fileName: 'newer.csv', content: NEWER });
    expect(again.body).toMatchObject({
      current: true,
      added: { count: 0 },
      renamed: { count: 0 },
      removed: { count: 0 },
    });
  });

  it('takes the NCDD file in one upload', async () => {
    const { gunzipSync } = await import('node:zlib');
    const { readFile } = await import('node:fs/promises');
    const content = gunzipSync(
      await readFile('apps/api/data/gazetteer/cambodia_admin_flat.csv.gz'),
    ).toString('utf8');
    const res = await admin
      .post('/api/gazetteer/preview')
      .send({ fileName: 'cambodia_admin_flat.csv', content });
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({ province: 25, district: 210, commune: 1652, village: 14578 });
  });
});
