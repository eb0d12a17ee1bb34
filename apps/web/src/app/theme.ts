import { createTheme } from '@mantine/core';

// Inter has no Khmer glyphs, so the browser falls through to Noto Sans Khmer for Khmer text.
const FONT_STACK =
  "Inter, 'Noto Sans Khmer', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '650' },
  cursorType: 'pointer',
});
