import { describe, expect, it } from '@jest/globals';

import { signIn, useBrowser } from './support/browser';

const EN_DAY = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec) \d{4}\b/;
const KM_DAY = /[០-៩]{1,2} (មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ) [០-៩]{4}/;

// Debian's Chromium has no Khmer locale data: Khmer month names and digits must not depend on it.
describe('local formats in Chromium', () => {
  const browser = useBrowser('all');

  it('shows dates as 3 Dec 2026 in English and ៣ ធ្នូ ២០២៦ in Khmer, and reads date inputs day first', async () => {
    const { page } = browser();
    await signIn(page, 'supervisor@demo.local');
    await page.goto('/victims');
    const row = page.getByTestId('victim-row').first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(EN_DAY);

    // Typed day first; a day late enough that every demo victim stays listed.
    const until = page.getByLabel('Recruited to');
    expect(await until.getAttribute('placeholder')).toBe('DD/MM/YYYY');
    await until.fill('3/1/2099');
    await until.press('Tab');
    expect(await until.inputValue()).toBe('3 Jan 2099');

    await page.getByText('ខ្មែរ', { exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'km');
    await page.getByTestId('victim-row').first().waitFor();
    expect(await page.getByTestId('victim-row').first().innerText()).toMatch(KM_DAY);
    const untilKm = page.getByLabel('ជ្រើសរើសរហូតដល់');
    expect(await untilKm.getAttribute('placeholder')).toBe('ថ្ងៃ/ខែ/ឆ្នាំ');
    expect(await untilKm.inputValue()).toBe('៣ មករា ២០៩៩');
  });
});
