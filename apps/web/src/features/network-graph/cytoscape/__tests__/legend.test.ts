import { describe, expect, it } from '@jest/globals';

import { legendEntries, UNEXPLAINED_SELECTORS, type LegendSwatch } from '../legend';
import { badgeImage, buildStylesheet, CLASS, MARK_STYLES } from '../stylesheet';

type Block = { selector: string; style: Record<string, unknown> };

const sheet = buildStylesheet() as Block[];
const entries = legendEntries();

function entryFor(selector: string) {
  const entry = entries.find((e) => e.selectors.includes(selector));
  if (!entry) throw new Error(`the legend does not explain ${selector}`);
  return entry;
}

function stylesOf(selector: string): Record<string, unknown> {
  return Object.assign({}, ...sheet.filter((b) => b.selector === selector).map((b) => b.style));
}

describe('legendEntries', () => {
  it('should explain every selector the stylesheet styles', () => {
    const explained = new Set(entries.flatMap((e) => e.selectors));
    const unexplained = sheet
      .map((b) => b.selector)
      .filter((s) => !UNEXPLAINED_SELECTORS.includes(s) && !explained.has(s));
    expect(unexplained).toEqual([]);
  });

  it('should draw each kind and category in the colour and shape the canvas uses', () => {
    for (const entry of entries.filter(
      (e) => e.section === 'kinds' || e.section === 'categories',
    )) {
      const selector = entry.selectors[0] as string;
      const swatch = entry.swatch as Extract<LegendSwatch, { type: 'node' }>;
      expect(swatch.fill).toBe(stylesOf(selector)['background-color']);
      if (entry.section === 'kinds') expect(swatch.shape).toBe(stylesOf(selector)['shape']);
    }
    const missing = entryFor('node.victim-missing').swatch as Extract<
      LegendSwatch,
      { type: 'node' }
    >;
    expect(missing.stroke).toBe(stylesOf('node.victim-missing')['border-color']);
  });

  it('should draw each confidence grade with the line the canvas uses', () => {
    for (const entry of entries.filter((e) => e.section === 'links')) {
      const style = stylesOf(entry.selectors[0] as string);
      const swatch = entry.swatch as Extract<LegendSwatch, { type: 'line' }>;
      expect([swatch.dash, swatch.width, swatch.opacity]).toEqual([
        style['line-style'],
        style['width'],
        style['opacity'],
      ]);
    }
  });

  it('should show records with links off the canvas by a small badge with the count, not a ring', () => {
    const expandable = stylesOf(`node.${CLASS.expandable}`);
    expect(expandable['background-image']).toBe('data(badge)');
    expect(expandable['border-width']).toBeUndefined();
    expect(expandable['border-color']).toBeUndefined();
    expect(entryFor(`node.${CLASS.expandable}`).swatch).toEqual({
      type: 'badge',
      fill: MARK_STYLES.badge.fill,
      text: MARK_STYLES.badge.text,
    });
    const badge = decodeURIComponent(badgeImage(7));
    expect(badge).toContain(`fill="${MARK_STYLES.badge.fill}"`);
    expect(badge).toContain('>7</text>');
    expect(decodeURIComponent(badgeImage(250))).toContain('>99+</text>');
  });
});
