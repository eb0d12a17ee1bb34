/** Khmer script (U+1780–U+17FF) and Khmer symbols (U+19E0–U+19FF). */
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;

export function hasKhmer(text: string | null | undefined): boolean {
  return !!text && KHMER.test(text);
}

/** For text known to be Khmer: the bundled Noto Sans Khmer first, whatever the UI language. */
export const KHMER_FONT_STACK = "'Noto Sans Khmer', Inter, system-ui, sans-serif";
