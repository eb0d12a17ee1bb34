import { describe, expect, it } from '@jest/globals';

import { RECORD_KINDS } from '@khsae/domain';

import { PICTURE_LEGEND, placeFooter, type BriefingFooter } from '../briefing-png';

const footer: BriefingFooter = {
  classification: 'Restricted: law enforcement',
  caption: 'Exported by Sokha Investigator on 3 Dec 2026',
  legend: PICTURE_LEGEND.map((entry) => ({ swatch: entry.swatch, text: 'x'.repeat(10) })),
};
const measure = (text: string) => text.length * 7;

describe('placeFooter', () => {
  it('should carry every kind and confidence grade in the picture legend', () => {
    expect(PICTURE_LEGEND.filter((e) => e.section === 'kinds')).toHaveLength(RECORD_KINDS.length);
    expect(PICTURE_LEGEND.filter((e) => e.section === 'links')).toHaveLength(4);
  });

  it('should put the classification first, the caption under it, and the legend below, within the width', () => {
    const width = 800;
    const place = placeFooter(footer, width, 1, measure);
    expect(place.caption.y).toBeGreaterThan(place.classification.y);
    expect(Math.min(...place.items.map((i) => i.y))).toBeGreaterThan(place.caption.y);
    for (const item of place.items)
      expect(item.x + 32 + measure(item.text)).toBeLessThanOrEqual(width);
    expect(place.height).toBeGreaterThan(Math.max(...place.items.map((i) => i.y)));
  });

  it('should flow the legend onto more rows on a narrow picture, and scale with the picture', () => {
    const wide = placeFooter(footer, 2000, 1, measure);
    const narrow = placeFooter(footer, 400, 1, measure);
    const rows = (p: typeof wide) => new Set(p.items.map((i) => i.y)).size;
    expect(rows(narrow)).toBeGreaterThan(rows(wide));
    expect(narrow.height).toBeGreaterThan(wide.height);
    const doubled = placeFooter(footer, 4000, 2, (text) => measure(text) * 2);
    expect(doubled.height).toBe(wide.height * 2);
  });
});
