import { describe, expect, it } from '@jest/globals';

import { fillSignIn, useBrowser } from './support/browser';

/** A gazetteer that lists one province only: previewed, it would remove every other unit. */
const ONE_PROVINCE =
  'code,level,parent_code,name_km,name_latin,name_ungegn,unit_en,unit_km,unit_latin,lat,long,iso3166_2\n' +
  '01,province,,បន្ទាយមានជ័យ,Banteay Meanchey,,Province,ខេត្ត,Khaet,13.8,102.9,KH-1\n';

describe('the gazetteer shipped with the product, on the admin screen', () => {
  const browser = useBrowser();

  it('shows Cambodia’s villages from a fresh start and previews a newer file without applying it', async () => {
    const { page } = browser();
    await page.goto('/admin/users');
    await fillSignIn(page, 'admin@demo.local');
    await page.waitForURL(/\/admin\/users$/);

    await page.getByRole('tab', { name: 'Gazetteer and places' }).click();
    await page.waitForURL(/\/admin\/gazetteer$/);
    const villages = page.getByTestId('gazetteer-count-village');
    await villages.waitFor();
    expect(await villages.textContent()).toBe('14,578');
    expect(await page.getByTestId('gazetteer-count-province').textContent()).toBe('25');
    await page.getByText('cambodia_admin_flat.csv.gz').waitFor();
    // The demo world's foreign cities are listed for editing.
    await page.getByTestId('foreign-places').getByText('Bangkok', { exact: true }).waitFor();

    await page.locator('input[type="file"]').setInputFiles({
      name: 'one-province.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ONE_PROVINCE, 'utf8'),
    });
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const removed = page.getByTestId('gazetteer-removed');
    await removed.waitFor();
    expect(await removed.textContent()).toContain('16,464');
    await page.getByRole('button', { name: 'Discard' }).click();
    expect(await page.getByTestId('gazetteer-preview').count()).toBe(0);
    expect(await villages.textContent()).toBe('14,578');
  });
});
