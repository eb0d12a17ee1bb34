import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { BASE_URL } from './server';

export type BrowserSession = {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
};

/** Debian's Chromium with a fresh profile; no browser is ever downloaded. */
export async function openBrowser(): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'khsae-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1366, height: 860 },
    baseURL: BASE_URL,
    timeout: 60_000,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** One browser per test (`each`) or per file (`all`), opened and closed around it. */
export function useBrowser(scope: 'each' | 'all' = 'each'): () => BrowserSession {
  let session: BrowserSession | undefined;
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    session = await openBrowser();
  });
  after(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser is not open yet');
    return session;
  };
}

/** The demo accounts' password (README). */
export const DEMO_PASSWORD = 'khsae-demo-2026';

/** Fills the sign-in form on screen and submits it. */
export async function fillSignIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByLabel('Password', { exact: false }).first().press('Enter');
}

/** Opens the sign-in page, signs in as a demo account and waits for the dashboard. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await fillSignIn(page, email);
  await page.getByTestId('dashboard-greeting').waitFor();
}
