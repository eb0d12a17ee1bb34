import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';

import { signIn, useBrowser } from './support/browser';

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');
const BROKER_KM = 'សុខ សុខា';
const BROKER_LATIN = 'Sok Sokha Test';

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A Mantine Select: open it and click the option. */
async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into the header search and opens the result whose text matches, using only the keyboard. */
async function openFromHeaderSearch(page: Page, text: string, result: RegExp): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search records' });
  await search.click();
  await search.fill('');
  await search.pressSequentially(text, { delay: 40 });
  const listbox = page.getByRole('listbox', { name: 'Search records' });
  const target = listbox.getByRole('option', { name: result }).first();
  await target.waitFor();
  const targetId = await target.getAttribute('id');
  const count = await listbox.getByRole('option').count();
  for (let i = 0; i < count; i += 1) {
    await search.press('ArrowDown');
    if ((await search.getAttribute('aria-activedescendant')) === targetId) break;
  }
  expect(await search.getAttribute('aria-activedescendant')).toBe(targetId);
  await search.press('Enter');
}

async function fontFamilyOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element).fontFamily);
}

describe('the investigation registry in Chromium', () => {
  const browser = useBrowser();

  it('records a broker with a Khmer name and village, a phone, a victim and a link, then finds both', async () => {
    const { page } = browser();
    const identityReads: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/victims\/[^/]+\/identity/.test(request.url())) identityReads.push(request.url());
    });

    await signIn(page, 'investigator@demo.local');

    // A broker with a Khmer name and a home village chosen with the place picker.
    await page.getByRole('navigation').getByRole('link', { name: 'Brokers' }).click();
    await page.getByTestId('broker-row').first().waitFor();
    await page.getByRole('link', { name: 'New broker' }).click();
    await page.waitForURL(/\/brokers\/new$/);
    await page.getByLabel('Name in Khmer script').fill(BROKER_KM);
    await page.getByLabel('Name in Latin script').fill(BROKER_LATIN);
    const village = page.getByTestId('broker-home-place');
    await village.click();
    await village.pressSequentially('ou thum', { delay: 30 });
    const ouThum = page.getByRole('option', { name: /Ou Thum.*Banteay Meanchey/ }).first();
    await ouThum.waitFor();
    await ouThum.click();
    expect(await village.inputValue()).toContain('Banteay Meanchey');
    await choose(page, /Role in the chain/, 'Local recruiter');
    await page.getByRole('button', { name: 'Record broker' }).click();

    await page.waitForURL(/\/brokers\/[0-9a-f-]{36}$/);
    const brokerUrl = page.url();
    await page.getByTestId('record-title').getByText(BROKER_LATIN).waitFor();
    const khmerName = page.getByTestId('record-name-km');
    expect(await khmerName.textContent()).toBe(BROKER_KM);
    expect(await khmerName.getAttribute('lang')).toBe('km');
    expect(await fontFamilyOf(khmerName)).toMatch(/^"?Noto Sans Khmer/);
    expect(
      await page.evaluate(async (name) => {
        await document.fonts.ready;
        return document.fonts.check('16px "Noto Sans Khmer"', name);
      }, BROKER_KM),
    ).toBe(true);
    await page.getByText('Phum Ou Thum, Banteay Neang commune').first().waitFor();

    // Its phone number, previewed in the normalised form before it is stored.
    await page.getByRole('button', { name: 'Add identifier' }).click();
    await page.getByLabel('Value').fill('012 999 888');
    await page.getByText('Will be stored as +855 12 999 888').waitFor();
    await page
      .getByRole('form', { name: 'Add identifier' })
      .getByRole('button', { name: 'Add identifier' })
      .click();
    await page.getByTestId('identifier-display').getByText('+855 12 999 888').waitFor();

    // A victim record.
    await page.getByRole('navigation').getByRole('link', { name: 'Victims' }).click();
    await page.getByRole('link', { name: 'New victim' }).click();
    await page.waitForURL(/\/victims\/new$/);
    await choose(page, 'Current status', 'In a compound');
    await choose(page, 'Sex', 'Female');
    await page.getByLabel('Job promised').fill('Casino work in Sihanoukville');
    await page.getByRole('button', { name: 'Record victim' }).click();
    await page.waitForURL(/\/victims\/[0-9a-f-]{36}$/);
    await page.getByTestId('links-panel').waitFor();
    const code = (await page.getByTestId('record-title').textContent())?.trim() ?? '';
    expect(code).toMatch(/^V-\d{4}-\d{6}$/);

    // An investigator sees the pseudonymous record only: no identity panel, and no identity read.
    expect(await page.getByTestId('identity-panel').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Show identity/ }).count()).toBe(0);
    expect(identityReads).toEqual([]);

    // "Recruited": from the broker to the victim.
    await page.goto(brokerUrl);
    await page.getByTestId('links-panel').getByRole('button', { name: 'Add link' }).click();
    const dialog = page.getByRole('dialog', { name: 'New link' });
    const other = dialog.getByTestId('link-other-picker');
    await other.click();
    await other.pressSequentially(code, { delay: 20 });
    await page
      .getByRole('option', { name: new RegExp(code) })
      .first()
      .click();
    await choose(page, /Link type/, 'Recruited');
    await choose(page, /^Source/, 'Interview');
    await choose(page, /Confidence/, 'Probable');
    await dialog.getByLabel('From').fill('2025-03-01');
    await dialog.getByLabel('Evidence').fill('Victim statement at interview');
    await dialog.getByRole('button', { name: 'Record link' }).click();
    await dialog.waitFor({ state: 'detached' });
    const linkRow = page.getByTestId('link-row').filter({ hasText: code });
    await linkRow.waitFor();
    expect(await linkRow.getAttribute('data-link-type')).toBe('recruited');
    expect(await linkRow.textContent()).toContain('Probable');
    expect(await linkRow.textContent()).toContain('Dara Investigator');
    await screenshot(page, 'registry-broker');

    // Both found through the header search: the broker by part of its Khmer name, the victim by code.
    await page.goto('/');
    await openFromHeaderSearch(page, 'សុខា', new RegExp(BROKER_LATIN));
    await page.waitForURL(brokerUrl);
    await page.getByTestId('record-title').getByText(BROKER_LATIN).waitFor();

    await openFromHeaderSearch(page, code, new RegExp(code));
    await page.waitForURL(/\/victims\/[0-9a-f-]{36}$/);
    await page.getByTestId('record-title').getByText(code).waitFor();
    const incoming = page.getByTestId('link-row').filter({ hasText: BROKER_LATIN });
    await incoming.waitFor();
    expect(await incoming.getAttribute('data-link-type')).toBe('recruited');
    expect(await page.getByTestId('identity-panel').count()).toBe(0);
    expect(identityReads).toEqual([]);

    const search = page.getByRole('combobox', { name: 'Search records' });
    await search.click();
    await search.pressSequentially('សុខ', { delay: 40 });
    await page.getByRole('listbox', { name: 'Search records' }).getByText(BROKER_LATIN).waitFor();
    await screenshot(page, 'registry-search');
  });

  it('shows a supervisor the identity only after "Show identity", in Khmer too', async () => {
    const { page } = browser();
    const identityReads: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/victims\/[^/]+\/identity/.test(request.url())) identityReads.push(request.url());
    });
    await signIn(page, 'supervisor@demo.local');
    await page.goto('/victims?status=in_shelter');
    await page.getByTestId('victim-row').first().getByRole('link').click();
    const panel = page.getByTestId('identity-panel');
    await panel.waitFor();
    expect(identityReads).toEqual([]);

    await page.getByText('ខ្មែរ', { exact: true }).click();
    await panel.getByRole('button', { name: 'បង្ហាញអត្តសញ្ញាណ (ការអាននេះត្រូវបានកត់ត្រា)' }).click();
    await panel.getByTestId('identity-content').waitFor();
    // Give a duplicate read time to show up: each one is audited, so there must be exactly one.
    await page.waitForTimeout(1_000);
    expect(identityReads).toHaveLength(1);
    await screenshot(page, 'registry-victim-supervisor-km');
  });
});
