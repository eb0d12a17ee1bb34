import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import type { Schema } from '@khsae/api-client';

type GraphResult = Schema<'GraphResultDto'>;
import type { Page } from 'playwright-core';

import { fillSignIn, useBrowser } from './support/browser';

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');
/** 2,000 records laid out and drawn: the budget in network-graph.md (RENDER_BUDGET_MS). */
const RENDER_BUDGET_MS = 3000;
// The e2e machine may be busy with other work; past this the test fails outright.
const RENDER_HARD_LIMIT_MS = Number(process.env['GRAPH_RENDER_LIMIT_MS'] ?? 3 * RENDER_BUDGET_MS);

const CANVAS = '[data-testid=graph-canvas]';

type DrawnNode = { id: string; label: string; x: number; y: number; classes: string[] };

/**
 * What the canvas draws, read from the cytoscape instance itself: cytoscape registers every instance
 * on its container (`_cyreg`), in production builds too. Positions are on-page pixels.
 */
async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate((selector) => {
    type Node = {
      id: () => string;
      data: (key: string) => unknown;
      renderedPosition: () => { x: number; y: number };
      classes: () => string[];
      visible: () => boolean;
    };
    const container = document.querySelector(selector) as
      (HTMLElement & { _cyreg?: { cy?: { nodes: () => { toArray: () => Node[] } } } }) | null;
    const cy = container?._cyreg?.cy;
    if (!container || !cy) return [];
    const box = container.getBoundingClientRect();
    return cy
      .nodes()
      .toArray()
      .filter((node) => node.visible())
      .map((node) => ({
        id: node.id(),
        label: String(node.data('label')),
        x: box.left + node.renderedPosition().x,
        y: box.top + node.renderedPosition().y,
        classes: node.classes(),
      }));
  }, CANVAS);
}

async function edgeClasses(page: Page): Promise<string[][]> {
  return page.evaluate((selector) => {
    const container = document.querySelector(selector) as HTMLElement & {
      _cyreg: {
        cy: {
          edges: () => { map: (fn: (e: { classes: () => string[] }) => string[]) => string[][] };
        };
      };
    };
    return container._cyreg.cy.edges().map((edge) => edge.classes());
  }, CANVAS);
}

async function waitForRenderedNodes(
  page: Page,
  predicate: (count: number) => boolean,
  timeout = 30_000,
) {
  const started = Date.now();
  for (;;) {
    const count = Number((await page.locator(CANVAS).getAttribute('data-rendered-nodes')) ?? 0);
    if (predicate(count)) return count;
    if (Date.now() - started > timeout) throw new Error(`canvas stayed at ${count} nodes`);
    await page.waitForTimeout(100);
  }
}

function inside(
  box: { x: number; y: number; width: number; height: number },
  node: DrawnNode,
): boolean {
  return (
    node.x >= box.x &&
    node.x <= box.x + box.width &&
    node.y >= box.y &&
    node.y <= box.y + box.height
  );
}

/** A synthetic neighbourhood of `n` records and about 1.5 links each, the shape of a real network. */
function syntheticNeighbourhood(n: number): GraphResult {
  const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const kinds = ['victim', 'victim', 'victim', 'broker', 'compound', 'place', 'route'] as const;
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const nodes = Array.from({ length: n }, (_, i) => {
    const kind = i < 60 ? 'broker' : (kinds[Math.floor(random() * kinds.length)] ?? 'victim');
    return {
      key: `${kind}:${uuid(i + 1)}`,
      kind,
      id: uuid(i + 1),
      label: `Synthetic ${kind} ${i + 1}`,
      sublabel: null,
      category: null,
      depth: i === 0 ? 0 : i < 60 ? 1 : 2,
    };
  });
  const edges: GraphResult['edges'] = [];
  const link = (a: number, b: number) =>
    edges.push({
      id: uuid(500_000 + edges.length),
      source: nodes[a]?.key ?? '',
      target: nodes[b]?.key ?? '',
      type: 'recruited',
      confidence:
        (['confirmed', 'probable', 'possible', 'unverified'] as const)[edges.length % 4] ??
        'confirmed',
      sourceKind: 'interview',
      startedOn: `202${edges.length % 6}-0${1 + (edges.length % 9)}-15`,
      endedOn: null,
      evidence: null,
    });
  for (let i = 1; i < 60; i += 1) link(0, i);
  for (let i = 60; i < n; i += 1) {
    link(1 + Math.floor(random() * 59), i);
    if (random() < 0.5) link(60 + Math.floor(random() * (n - 60)), i);
  }
  return {
    nodes,
    edges,
    truncated: true,
    frontier: nodes.slice(0, 50).map((node) => ({ key: node.key, hidden: 4 })),
  };
}

describe('Link graph workbench in Chromium', () => {
  const browser = useBrowser();

  it('opens a broker network, expands a record, undoes it, and finds the path from a village to a compound', async () => {
    const { page } = browser();
    await page.goto('/graph');
    await page.waitForURL(/\/sign-in/);
    await fillSignIn(page, 'investigator@demo.local');
    await page.waitForURL(/\/graph$/);
    await page.getByTestId('graph-empty').waitFor();
    expect(
      await page.getByText('Search for a broker, victim, compound or village to start').count(),
    ).toBe(1);

    // The demo data links no record to a village, so record where one victim lives (as an
    // investigator would) to give the village a path to the compound the victim was held at.
    const setup = await page.evaluate(async () => {
      const get = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
      type Victim = {
        id: string;
        code: string;
        homePlace: { id: string; nameLatin: string; pathLatin: string } | null;
      };
      type Graph = { nodes: { key: string; kind: string; label: string }[] };
      const broker = (
        await get<{ items: { id: string; nameLatin: string }[] }>('/api/brokers?pageSize=1')
      ).items[0];
      for (const victim of (await get<{ items: Victim[] }>('/api/victims?pageSize=100')).items) {
        if (!victim.homePlace) continue;
        const held = await get<Graph>(
          `/api/graph/neighbourhood?seeds=victim:${victim.id}&hops=1&linkTypes=held_at`,
        );
        const compound = held.nodes.find((node) => node.kind === 'compound');
        if (!compound) continue;
        const response = await fetch('/api/links', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            fromKind: 'victim',
            fromId: victim.id,
            toKind: 'place',
            toId: victim.homePlace.id,
            type: 'located_in',
            source: 'interview',
            confidence: 'confirmed',
            evidence: 'Lives in the village (e2e).',
          }),
        });
        if (!response.ok) throw new Error(`POST /api/links answered ${response.status}`);
        return { broker, victim, village: victim.homePlace, compound };
      }
      throw new Error('no demo victim with a home village and a compound');
    });
    expect(setup.broker).toBeDefined();
    const brokerKey = `broker:${setup.broker?.id ?? ''}`;

    // Start from the broker's page: "Show network" is a real link to the workbench seeded with it.
    await page.goto(`/brokers/${setup.broker?.id ?? ''}`);
    const showNetwork = page.getByRole('link', { name: 'Show network' });
    await showNetwork.waitFor();
    expect(await showNetwork.getAttribute('href')).toBe(`/graph?seeds=${brokerKey}`);
    await showNetwork.click();
    await page.waitForURL(
      (url) => url.pathname === '/graph' && url.search === `?seeds=${brokerKey}`,
    );
    const initial = await waitForRenderedNodes(page, (count) => count > 1);
    const canvasBox = await page.locator(CANVAS).boundingBox();
    if (!canvasBox) throw new Error('the canvas has no box');
    let nodes = await drawnNodes(page);
    expect(nodes.map((n) => n.id)).toContain(brokerKey);
    expect(nodes).toHaveLength(initial);
    // Every record is drawn inside the canvas, labelled as stored.
    for (const node of nodes) expect(inside(canvasBox, node)).toBe(true);
    expect(nodes.find((n) => n.id === brokerKey)?.label).toBe(setup.broker?.nameLatin);

    // Double-click a record with neighbours off the canvas: one hop is merged in.
    const expandable = nodes.find((n) => n.classes.includes('expandable') && n.id !== brokerKey);
    if (!expandable) throw new Error('no record to expand');
    await page.mouse.dblclick(expandable.x, expandable.y);
    const expanded = await waitForRenderedNodes(page, (count) => count > initial);
    nodes = await drawnNodes(page);
    expect(nodes.map((n) => n.id)).toContain(brokerKey);

    // Undo takes the expansion back, redo brings it again.
    await page.keyboard.press('Control+z');
    await waitForRenderedNodes(page, (count) => count === initial);
    await page.keyboard.press('Control+Shift+z');
    await waitForRenderedNodes(page, (count) => count === expanded);

    // The village, found through the search box, joins the canvas with its network.
    const villageKey = `place:${setup.village.id}`;
    const search = page.getByTestId('graph-search');
    await search.fill(setup.village.nameLatin);
    await page.getByRole('option').filter({ hasText: setup.village.pathLatin }).first().click();
    await page.waitForFunction(
      ({ selector, key }) => {
        const el = document.querySelector(selector) as HTMLElement & {
          _cyreg?: { cy?: { getElementById: (id: string) => { nonempty: () => boolean } } };
        };
        return el._cyreg?.cy?.getElementById(key).nonempty() ?? false;
      },
      { selector: CANVAS, key: villageKey },
    );
    if (!(await drawnNodes(page)).some((n) => n.id === setup.compound.key)) {
      await search.fill(setup.compound.label);
      await page.getByRole('option').filter({ hasText: setup.compound.label }).first().click();
    }
    await page.waitForFunction(
      ({ selector, keys }) => {
        const el = document.querySelector(selector) as HTMLElement & {
          _cyreg?: { cy?: { getElementById: (id: string) => { nonempty: () => boolean } } };
        };
        return keys.every((key) => el._cyreg?.cy?.getElementById(key).nonempty() ?? false);
      },
      { selector: CANVAS, keys: [villageKey, setup.compound.key] },
    );
    await page.waitForTimeout(300);

    // Select the village, Shift-click the compound, find the path.
    nodes = await drawnNodes(page);
    const village = nodes.find((n) => n.id === villageKey);
    const compound = nodes.find((n) => n.id === setup.compound.key);
    if (!village || !compound) throw new Error('village or compound not drawn');
    await page.mouse.click(village.x, village.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(compound.x, compound.y);
    await page.keyboard.up('Shift');
    await page.getByTestId('graph-find-path').click();
    // From the record picked first to the one picked second.
    expect(await page.getByTestId('graph-path-panel').textContent()).toContain(
      `From: ${village.label}To: ${compound.label}`,
    );
    const result = page.getByTestId('graph-path-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/shortest paths? of 2 hops/);
    expect(await result.textContent()).toContain('Lives in the village (e2e).');

    // The path is drawn: its records and links highlighted, everything else faded.
    nodes = await drawnNodes(page);
    const onPath = nodes.filter((n) => n.classes.includes('on-path')).map((n) => n.id);
    expect(onPath).toEqual(
      expect.arrayContaining([villageKey, `victim:${setup.victim.id}`, setup.compound.key]),
    );
    expect(
      (await edgeClasses(page)).filter((c) => c.includes('on-path')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(nodes.some((n) => n.classes.includes('faded'))).toBe(true);

    await mkdir(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, 'graph-path.png');
    await page.locator(CANVAS).screenshot({ path: file });
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graph-workbench.png') });
  });

  it(`lays out and draws 2,000 records (budget ${RENDER_BUDGET_MS} ms)`, async () => {
    const { page } = browser();
    await page.goto('/graph');
    await page.waitForURL(/\/sign-in/);
    await fillSignIn(page, 'investigator@demo.local');
    await page.waitForURL(/\/graph$/);
    await page.getByTestId('graph-empty').waitFor();

    // The demo data is small: answer the neighbourhood request with a generated network.
    const body = JSON.stringify(syntheticNeighbourhood(2000));
    await page.route('**/api/graph/neighbourhood**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    // Let the idle warm-up run, as it would while someone reads the page.
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      window.history.pushState({}, '', '/graph?seeds=broker:00000000-0000-4000-8000-000000000001');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitForRenderedNodes(page, (count) => count === 2000, 60_000);
    const renderMs = Number(await page.locator(CANVAS).getAttribute('data-render-ms'));
    console.log(`graph e2e: 2,000 records and their links laid out and drawn in ${renderMs} ms`);

    await page.getByTestId('graph-truncated').waitFor();
    expect(await page.getByTestId('graph-counts').textContent()).toMatch(
      /^2000 records, \d+ links/,
    );
    const nodes = await drawnNodes(page);
    expect(nodes).toHaveLength(2000);
    const box = await page.locator(CANVAS).boundingBox();
    if (!box) throw new Error('the canvas has no box');
    expect(nodes.filter((n) => inside(box, n)).length).toBe(2000);
    await page.locator(CANVAS).screenshot({ path: path.join(SCREENSHOTS, 'graph-2000.png') });

    if (renderMs > RENDER_BUDGET_MS)
      console.warn(`over the ${RENDER_BUDGET_MS} ms budget: ${renderMs} ms`);
    expect(renderMs).toBeLessThan(RENDER_HARD_LIMIT_MS);
  });
});
