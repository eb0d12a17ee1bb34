import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

import { contrastRatio, readableOn, shade } from './contrast';

// Inter has no Khmer glyphs, so the browser falls through to Noto Sans Khmer for Khmer text.
const FONT_STACK =
  "Inter, 'Noto Sans Khmer', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** WCAG 2.2 AA: 4.5:1 for text (a little above it, so rounding in any checker cannot drop below). */
const TEXT_CONTRAST = 4.6;
/** WCAG 2.2 AA: 3:1 for the parts of a control that show it is one (an input's border). */
const UI_CONTRAST = 3.1;

const { white, colors } = DEFAULT_THEME;
const gray = colors.gray;
/** Where text sits in light mode: cards and dialogs (white), the page (gray.0), table headers and chips (gray.1). */
const SURFACES = [white, gray[0], gray[1]];

/**
 * Mantine's palette with shades 6 to 9 darkened, each only as far as it must, to read 4.5:1 on every
 * surface: shade 6 is the filled background under white text, the outline and the `c="blue"` text colour,
 * shade 9 the text of light badges and alerts, which also sit on shade 1 and (hovered) shade 2.
 */
function readablePalette(palette: MantineColorsTuple): MantineColorsTuple {
  const shades: string[] = [...palette];
  for (let index = 6; index <= 9; index += 1) {
    const backgrounds = index === 9 ? [...SURFACES, palette[2]] : SURFACES;
    const readable = readableOn(palette[index] ?? palette[9], backgrounds, TEXT_CONTRAST);
    // Each shade at least a step darker than the one before it, so a hovered filled button changes.
    const stepped = shade(shades[index - 1] ?? readable, 0.9);
    shades[index] =
      index > 6 && contrastRatio(stepped, white) > contrastRatio(readable, white)
        ? stepped
        : readable;
  }
  return shades as unknown as MantineColorsTuple;
}

const READABLE_COLORS = Object.fromEntries(
  Object.entries(colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, palette]) => [name, readablePalette(palette)]),
) as Record<string, MantineColorsTuple>;

export const theme = createTheme({
  colors: READABLE_COLORS,
  primaryColor: 'indigo',
  // Text on a filled background turns black wherever white would not read (a hand-picked light shade).
  autoContrast: true,
  luminanceThreshold: 0.179,
  defaultRadius: 'md',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '650' },
  cursorType: 'pointer',
});

/** Light-mode roles Mantine draws from its lightest greys, which read 2:1 at best on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-default-border': readableOn(gray[4], SURFACES, UI_CONTRAST),
  },
  dark: {},
});
