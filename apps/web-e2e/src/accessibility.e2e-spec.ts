import { describe, expect, it } from '@jest/globals';
import type { Schema } from '@khsae/api-client';
import type { Page } from 'playwright-core';

import { describeViolations, fails, runAxe } from './support/axe';
import { signIn, useBrowser } from './support/browser';

type ListPage<T> = { items: T[] };
type Broker = Schema<'BrokerResponseDto'>;
type Victim = Schema<'VictimResponseDto'>;
type Place = Schema<'PlaceResponseDto'>;

const LANGUAGES = ['en', 'km'] as const;
type Language = (typeof LANGUAGES)[number];

/** What the signed-in pages need: a broker to open and a province whose village flows have people. */
type Fixture = { brokerId: string; provinceId: string };

/** The machine may be busy (two cores shared): a page's data and the graph's layout get time. */
const SETTLE_TIMEOUT_MS = 60_000;

/** Waits until the page shows its content (not a loader), then for fonts, so colours and sizes are final. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ timeout: SETTLE_TIMEOUT_MS });
  await page.waitForFunction(
    () => !document.querySelector('.mantine-Loader-root, .mantine-Skeleton-root'),
    undefined,
    { timeout: SETTLE_TIMEOUT_MS },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function useLanguage(page: Page, language: Language): Promise<void> {
  await page.evaluate((value) => localStorage.setItem('khsae.language', value), language);
}

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const violations = await runAxe(page);
  const failing = violations.filter(fails);
  const minor = violations.filter((v) => !failing.includes(v));
  if (minor.length > 0) console.warn(`axe on ${where}, not failing:\n${describeViolations(minor)}`);
  if (failing.length > 0) throw new Error(`axe on ${where}:\n${describeViolations(failing)}`);
  expect(failing).toHaveLength(0);
}

/** Signs in once (in English) and finds the records the pages show, through the API as the page's user. */
async function signInAndFindRecords(page: Page): Promise<Fixture> {
  await useLanguage(page, 'en');
  await signIn(page, 'investigator@demo.local');
  return page.evaluate(async () => {
    const get = async <T>(url: string): Promise<T> => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
      return (await response.json()) as T;
    };
    const broker = (await get<ListPage<Broker>>('/api/brokers?pageSize=1')).items[0];
    const victim = (await get<ListPage<Victim>>('/api/victims?pageSize=100')).items.find(
      (v) => v.homePlace,
    );
    if (!broker || !victim?.homePlace)
      throw new Error('the demo world has no broker or no victim with a village');
    let place = await get<Place>(`/api/places/${victim.homePlace.id}`);
    while (place.kind !== 'province' && place.parentId)
      place = await get<Place>(`/api/places/${place.parentId}`);
    return { brokerId: broker.id, provinceId: place.id };
  });
}

/** The five pages the issue names, each with a selector that shows it has its content. */
const PAGES: { name: string; path: (f: Fixture) => string; ready: string }[] = [
  { name: 'the brokers list', path: () => '/brokers', ready: '[data-testid=broker-row]' },
  { name: 'a broker', path: (f) => `/brokers/${f.brokerId}`, ready: '[data-testid=record-title]' },
  {
    name: 'the graph',
    path: (f) => `/graph?seeds=broker:${f.brokerId}`,
    ready: '[data-testid=graph-canvas] canvas',
  },
  {
    name: 'village flows',
    path: (f) => `/graph?view=flows&area=${f.provinceId}`,
    ready: '[data-testid=flows-total]',
  },
];

// One browser and one sign-in for all ten runs: the sign-in page first, in both languages, then the rest.
describe('accessibility (axe-core, WCAG 2.2 AA) in Chromium', () => {
  const browser = useBrowser('all');
  let fixture: Fixture | undefined;

  it.each(LANGUAGES)(
    'the sign-in page in %s has no serious, critical or structural violation',
    async (language) => {
      const { page } = browser();
      await page.goto('/sign-in');
      await useLanguage(page, language);
      await page.reload();
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      await settle(page, 'form');
      await expectNoSeriousViolations(page, `the sign-in page (${language})`);
    },
  );

  it.each(LANGUAGES.flatMap((language) => PAGES.map((p) => ({ ...p, language }))))(
    '$name in $language has no serious, critical or structural violation',
    async ({ name, path, ready, language }) => {
      const { page } = browser();
      fixture ??= await signInAndFindRecords(page);
      await useLanguage(page, language);
      await page.goto(path(fixture));
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      await settle(page, ready);
      await expectNoSeriousViolations(page, `${name} (${language})`);
    },
  );
});
