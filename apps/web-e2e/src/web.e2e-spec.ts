import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import type { Schema } from '@khsae/api-client';

type CurrentUser = Schema<'CurrentUserResponseDto'>;
import type { Page } from 'playwright-core';

import { fillSignIn, useBrowser } from './support/browser';

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');
const DEMO_EMAILS = [
  'admin@demo.local',
  'supervisor@demo.local',
  'investigator@demo.local',
  'support@demo.local',
  'intake@demo.local',
  'auditor@demo.local',
];

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function currentUser(page: Page): Promise<CurrentUser> {
  return page.evaluate(async () => {
    const response = await fetch('/api/auth/me', { credentials: 'same-origin' });
    return (await response.json()) as CurrentUser;
  });
}

describe('Khsae web app in Chromium', () => {
  const browser = useBrowser();

  it('signs a supervisor in, greets them, switches to Khmer and signs out', async () => {
    const { page } = browser();

    await page.goto('/cases');
    await page.waitForURL(/\/sign-in\?next=%2Fcases$/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByTestId('demo-banner').waitFor();
    await screenshot(page, 'sign-in');

    await fillSignIn(page, 'supervisor@demo.local');

    // Sign-in returns the user to where they were going.
    await page.waitForURL(/\/cases$/);
    await page.getByRole('heading', { name: 'Cases is coming soon' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
    const me = await currentUser(page);
    expect(me.role).toBe('supervisor');
    const greeting = page.getByTestId('dashboard-greeting');
    await greeting.waitFor();
    expect(await greeting.textContent()).toContain(me.displayName);
    expect(await page.getByTestId('demo-banner').textContent()).toContain(
      'Demo mode: all data is synthetic',
    );

    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Tips' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit' }).count()).toBe(0);

    await page.getByText('ខ្មែរ', { exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'ករណី' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'ផ្ទាំងគ្រប់គ្រង' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('km');
    expect(await greeting.textContent()).toContain(me.displayName);
    await screenshot(page, 'dashboard-supervisor-km');

    await page.getByRole('button', { name: 'ចាកចេញ' }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('heading', { name: 'ចូល' }).waitFor();

    // The server session is gone too, not only the page.
    await page.goto('/');
    await page.waitForURL(/\/sign-in$/);
    const status = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(status).toBe(401);
  });

  it('lets an admin open Users and see the demo accounts', async () => {
    const { page } = browser();

    await page.goto('/');
    await page.waitForURL(/\/sign-in$/);
    await fillSignIn(page, 'admin@demo.local');
    await page.getByTestId('dashboard-greeting').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByTestId('user-row').first().waitFor();

    const table = page.getByRole('table', { name: 'Users' });
    for (const email of DEMO_EMAILS) {
      expect(await table.getByText(email, { exact: true }).count()).toBe(1);
    }
    await screenshot(page, 'admin-users');

    // The admin has no business in case data: the route says so instead of showing a blank page.
    await page.goto('/cases');
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
  });
});
