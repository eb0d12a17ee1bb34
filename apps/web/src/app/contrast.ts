import { luminance, toRgba } from '@mantine/core';

/** WCAG 2.2's contrast ratio of two opaque colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hex = (channel: number) =>
  Math.round(Math.min(255, Math.max(0, channel)))
    .toString(16)
    .padStart(2, '0');

/** The colour scaled toward black by `factor` (1 keeps it): the hue stays, only the lightness drops. */
export function shade(color: string, factor: number): string {
  const { r, g, b } = toRgba(color);
  return `#${hex(r * factor)}${hex(g * factor)}${hex(b * factor)}`;
}

/**
 * The colour itself when it reaches `min`:1 against every background, else the lightest darker version
 * of it that does (found by halving the step), so a palette keeps its hues and changes no more than needed.
 */
export function readableOn(color: string, backgrounds: readonly string[], min: number): string {
  const reads = (candidate: string) =>
    backgrounds.every((background) => contrastRatio(candidate, background) >= min);
  if (reads(color)) return color;
  let low = 0;
  let high = 1;
  for (let step = 0; step < 20; step += 1) {
    const middle = (low + high) / 2;
    if (reads(shade(color, middle))) low = middle;
    else high = middle;
  }
  return shade(color, low);
}
