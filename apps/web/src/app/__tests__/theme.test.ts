import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  defaultVariantColorsResolver,
  mergeMantineTheme,
  type MantineColor,
} from '@mantine/core';

import { contrastRatio } from '../contrast';
import { cssVariablesResolver, theme } from '../theme';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const defaults = defaultCssVariablesResolver(merged);
const ours = cssVariablesResolver(merged);
/** The light scheme's CSS variables as the browser sees them: Mantine's, then the app's on top. */
const variables: Record<string, string> = {
  ...defaults.variables,
  ...defaults.light,
  ...ours.variables,
  ...ours.light,
};

/** Follows var(--x) references down to a colour. */
function resolve(value: string): string {
  const reference = /^var\((--[\w-]+)\)$/.exec(value.trim());
  if (!reference) return value;
  const next = variables[reference[1] ?? ''];
  if (next === undefined) throw new Error(`${value} is not defined`);
  return resolve(next);
}

const color = (name: string) => resolve(`var(--mantine-color-${name})`);
const WHITE = color('white');
/** The surfaces text sits on: cards, the page and the shell (gray.0), table headers and chips (gray.1). */
const SURFACES = { white: WHITE, 'gray.0': color('gray-0'), 'gray.1': color('gray-1') };
const TEXT = 4.5;
const UI = 3;
const COLORS = Object.keys(merged.colors).filter((name) => name !== 'dark') as MantineColor[];

type Pair = { what: string; fg: string; bg: string; min: number };

function pairsOnSurfaces(what: string, fg: string, min: number): Pair[] {
  return Object.entries(SURFACES).map(([surface, bg]) => ({
    what: `${what} on ${surface}`,
    fg,
    bg,
    min,
  }));
}

/** What a component draws for a colour and variant, through the theme's own variant resolver. */
function variant(name: MantineColor, kind: string) {
  const resolved = (merged.variantColorResolver ?? defaultVariantColorsResolver)({
    color: name,
    theme: merged,
    variant: kind,
  });
  const border = /solid (.+)$/.exec(resolved.border ?? '')?.[1];
  return {
    background: resolve(resolved.background ?? 'transparent'),
    hover: resolve(resolved.hover ?? 'transparent'),
    color: resolve(resolved.color ?? 'inherit'),
    border: border ? resolve(border) : undefined,
  };
}

const PAIRS: Pair[] = [
  ...pairsOnSurfaces('body text', color('text'), TEXT),
  ...pairsOnSurfaces('dimmed text', color('dimmed'), TEXT),
  ...pairsOnSurfaces('link text', color('anchor'), TEXT),
  ...pairsOnSurfaces('error text', color('error'), TEXT),
  ...pairsOnSurfaces('placeholder', color('placeholder'), TEXT),
  { what: 'input border on white', fg: color('default-border'), bg: WHITE, min: UI },
  {
    what: 'primary contrast on primary',
    fg: resolve(variables['--mantine-primary-color-contrast'] ?? ''),
    bg: resolve('var(--mantine-primary-color-filled)'),
    min: TEXT,
  },
  // The demo banner: yellow.9 text on yellow.1.
  { what: 'demo banner', fg: color('yellow-9'), bg: color('yellow-1'), min: TEXT },
  ...COLORS.flatMap((name): Pair[] => {
    const filled = variant(name, 'filled');
    const light = variant(name, 'light');
    const outline = variant(name, 'outline');
    const subtle = variant(name, 'subtle');
    return [
      { what: `${name} filled`, fg: filled.color, bg: filled.background, min: TEXT },
      { what: `${name} filled, hovered`, fg: filled.color, bg: filled.hover, min: TEXT },
      { what: `${name} light`, fg: light.color, bg: light.background, min: TEXT },
      { what: `${name} light, hovered`, fg: light.color, bg: light.hover, min: TEXT },
      { what: `${name} subtle, hovered`, fg: subtle.color, bg: subtle.hover, min: TEXT },
      ...pairsOnSurfaces(`${name} outline`, outline.color, TEXT),
      ...pairsOnSurfaces(`${name} outline border`, outline.border ?? '', UI),
      ...pairsOnSurfaces(`${name} text (c="${name}")`, color(`${name}-text`), TEXT),
      // Text coloured with a dark shade by hand (c="orange.8") reads too.
      ...[6, 7, 8, 9].flatMap((shade) =>
        pairsOnSurfaces(`${name}.${shade} text`, color(`${name}-${shade}`), TEXT),
      ),
    ];
  }),
];

describe('the theme in light mode (WCAG 2.2 AA)', () => {
  it('computes contrast ratios as WCAG defines them', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // Mantine's default indigo.6 on white, the ratio axe reported.
    expect(contrastRatio('#4c6ef5', '#ffffff')).toBeCloseTo(4.32, 2);
  });

  it('reads 4.5:1 for every text pair and 3:1 for every UI part', () => {
    const failing = PAIRS.map((pair) => ({ ...pair, ratio: contrastRatio(pair.fg, pair.bg) }))
      .filter((pair) => pair.ratio < pair.min)
      .map(
        (pair) =>
          `${pair.what}: ${pair.fg} on ${pair.bg} is ${pair.ratio.toFixed(2)}:1, needs ${pair.min}:1`,
      );
    expect(failing).toEqual([]);
  });

  it('keeps every shade of a colour no lighter than the one before it', () => {
    for (const name of COLORS) {
      const shades = (merged.colors[name] ?? []).map((shade) => contrastRatio(shade, WHITE));
      for (let i = 1; i < shades.length; i += 1)
        expect(shades[i]).toBeGreaterThanOrEqual(shades[i - 1] ?? 0);
    }
  });
});
