import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { seedPlaces } from './utils/registry-fixtures';
import { startTestApp, type TestApp } from './utils/test-app';

describe('places', () => {
  let t: TestApp;
  let places: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    places = await seedPlaces(t.dataSource);
  }, 60_000);
  afterAll(async () => t?.close());

  it('imports the gazetteer with paths in both scripts, idempotently', async () => {
    const before = (
      await t.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM places')
    )[0]!.n;
    await seedPlaces(t.dataSource);
    expect(
      (await t.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM places'))[0]!.n,
    ).toBe(before);
    const inv = await t.signIn('investigator@demo.local');
    const village = (await inv.get(`/api/places/${places['01020101']}`)).body;
    expect(village).toMatchObject({
      kind: 'village',
      pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      pathKm: 'ភូមិអូរធំ ឃុំបន្ទាយនាង ស្រុកមង្គលបូរី ខេត្តបន្ទាយមានជ័យ',
      lat: 13.51,
      countryCode: 'KH',
    });
  });

  it('finds places by a few letters in Khmer or Latin script, with or without diacritics', async () => {
    const inv = await t.signIn('investigator@demo.local');
    const byLatin = await inv.get('/api/places?q=ou%20th');
    expect(byLatin.body.items.map((p: { code: string }) => p.code)).toContain('01020101');
    const byKhmer = await inv.get(`/api/places?q=${encodeURIComponent('អូរធ')}`);
    expect(byKhmer.body.items.map((p: { code: string }) => p.code)).toContain('01020101');
    const byUngegn = await inv.get(`/api/places?q=${encodeURIComponent('Bântéay Méan')}`);
    expect(byUngegn.body.items.map((p: { code: string }) => p.code)).toContain('01');
    const country = await inv.get('/api/places?q=thailand&kind=country');
    expect(country.body.items[0]).toMatchObject({ code: 'TH', kind: 'country' });
    expect((await inv.get('/api/places?parentId=' + places['010201'])).body.total).toBe(2);
  });

  it('lets investigators add a foreign border crossing under a country, and refuses admin kinds', async () => {
    const inv = await t.signIn('investigator@demo.local');
    const th = (await inv.get('/api/places?q=thailand&kind=country')).body.items[0];
    const res = await inv.post('/api/places').send({
      kind: 'border_crossing',
      nameLatin: 'Aranyaprathet',
      countryCode: 'TH',
      parentId: th.id,
      lat: 13.69,
      lng: 102.5,
    });
    expect(res.status).toBe(201);
    expect(res.body.pathLatin).toBe('Aranyaprathet, Thailand');
    expect(
      (
        await inv
          .post('/api/places')
          .send({ kind: 'village', nameLatin: 'Fake', countryCode: 'KH' })
      ).status,
    ).toBe(400);
    expect(
      (
        await inv
          .post('/api/places')
          .send({ kind: 'city', nameLatin: 'X', countryCode: 'KH', lat: 91 })
      ).body.fields[0].field,
    ).toBe('lat');
  });
});
