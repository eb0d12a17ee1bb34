import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import type { Schema } from '@khsae/api-client';
import type { Page } from 'playwright-core';

import { fillSignIn, useBrowser } from './support/browser';

type GraphResult = Schema<'GraphResultDto'>;

const CANVAS = '[data-testid=graph-canvas]';
const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');

type LabelBox = { id: string; x1: number; y1: number; x2: number; y2: number };

/** Fifty records around one broker, named at lengths a real network has (some in Khmer). */
function fiftyRecords(): GraphResult {
  const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const names = [
    'Heng Dara',
    'ហេង ដារ៉ា',
    'Sok Chanthou Srey Pov',
    'Lim',
    'ស្រីពៅ ចាន់ធូ',
    'Ouk Vannak',
  ];
  const kinds = ['broker', 'victim', 'place', 'compound', 'victim'] as const;
  const nodes = Array.from({ length: 50 }, (_, i) => {
    const kind = i === 0 ? 'broker' : (kinds[i % kinds.length] ?? 'victim');
    return {
      key: `${kind}:${uuid(i + 1)}`,
      kind,
      id: uuid(i + 1),
      label:
        kind === 'victim'
          ? `V-2026-${String(i).padStart(6, '0')}`
          : `${names[i % names.length]} ${i}`,
      sublabel: null,
      category: null,
      depth: i === 0 ? 0 : i < 12 ? 1 : 2,
    };
  });
  const edges: GraphResult['edges'] = [];
  const link = (a: number, b: number) =>
    edges.push({
      id: uuid(500_000 + edges.length),
      source: nodes[a]?.key ?? '',
      target: nodes[b]?.key ?? '',
      type: 'recruited',
      confidence: 'confirmed',
      sourceKind: 'interview',
      startedOn: null,
      endedOn: null,
      evidence: null,
    });
  for (let i = 1; i < 12; i += 1) link(0, i);
  for (let i = 12; i < 50; i += 1) link(1 + (i % 11), i);
  return { nodes, edges, truncated: false, frontier: [{ key: nodes[3]?.key ?? '', hidden: 7 }] };
}

/** The boxes of the labels the canvas draws, read from the cytoscape instance on its container. */
async function drawnLabels(page: Page): Promise<{ shown: LabelBox[]; total: number }> {
  return page.evaluate((selector) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type Node = {
      id: () => string;
      data: (key: string) => unknown;
      visible: () => boolean;
      boundingBox: (options: Record<string, boolean>) => Box;
    };
    const container = document.querySelector(selector) as
      (HTMLElement & { _cyreg?: { cy?: { nodes: () => { toArray: () => Node[] } } } }) | null;
    const nodes =
      container?._cyreg?.cy
        ?.nodes()
        .toArray()
        .filter((n) => n.visible()) ?? [];
    const shown = nodes
      .filter((node) => !node.data('labelHidden'))
      .map((node) => ({
        id: node.id(),
        ...node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      }));
    return { shown, total: nodes.length };
  }, CANVAS);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('A graph fit for a briefing, in Chromium', () => {
  const browser = useBrowser();

  it('draws 50 records with no two labels overlapping and exports a picture with its footer', async () => {
    const { page } = browser();
    await page.goto('/graph');
    await page.waitForURL(/\/sign-in/);
    await fillSignIn(page, 'investigator@demo.local');
    await page.waitForURL(/\/graph$/);
    await page.getByTestId('graph-empty').waitFor();

    const body = JSON.stringify(fiftyRecords());
    await page.route('**/api/graph/neighbourhood**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.evaluate(() => {
      window.history.pushState({}, '', '/graph?seeds=broker:00000000-0000-4000-8000-000000000001');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('data-rendered-nodes') === '50',
      CANVAS,
      { timeout: 30_000 },
    );
    // The collision pass runs on the next frame after the layout.
    await page.waitForTimeout(500);

    const { shown, total } = await drawnLabels(page);
    expect(total).toBe(50);
    expect(shown.length).toBeGreaterThanOrEqual(10);
    const overlapping: string[] = [];
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1))
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          overlapping.push(`${a.id} × ${b.id}`);
    expect(overlapping).toEqual([]);
    console.log(`graph briefing e2e: ${shown.length} of 50 labels drawn, none overlapping`);

    // The picture: the canvas, then a footer with the classification line, the user and the legend.
    const canvasHeight = await page.evaluate((selector) => {
      const container = document.querySelector(selector) as HTMLElement & {
        _cyreg: { cy: { png: (o: Record<string, unknown>) => string } };
      };
      const base64 = container._cyreg.cy.png({
        output: 'base64',
        full: true,
        scale: 2,
        maxWidth: 6000,
        maxHeight: 6000,
      });
      const bytes = atob(base64);
      return (
        (bytes.charCodeAt(20) << 24) |
        (bytes.charCodeAt(21) << 16) |
        (bytes.charCodeAt(22) << 8) |
        bytes.charCodeAt(23)
      );
    }, CANVAS);
    await page.getByTestId('graph-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Picture of the canvas (PNG)' }).click(),
    ]);
    const file = await download.path();
    const bytes = await readFile(file);
    await mkdir(SCREENSHOTS, { recursive: true });
    await copyFile(file, path.join(SCREENSHOTS, 'graph-briefing.png'));
    const size = pngSize(bytes);
    expect(size.height - canvasHeight).toBeGreaterThan(100);

    // The classification line is drawn in its own dark red in the footer.
    const redPixels = await page.evaluate(
      async ({ base64, from }) => {
        // The page's CSP refuses fetching data: URLs; decode by hand.
        const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], {
          type: 'image/png',
        });
        const image = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) return 0;
        ctx.drawImage(image, 0, 0);
        const { data } = ctx.getImageData(0, from, image.width, image.height - from);
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if ((data[i] ?? 0) > 140 && (data[i + 1] ?? 255) < 60 && (data[i + 2] ?? 255) < 60)
            count += 1;
        return count;
      },
      { base64: bytes.toString('base64'), from: canvasHeight },
    );
    expect(redPixels).toBeGreaterThan(200);
  });
});
