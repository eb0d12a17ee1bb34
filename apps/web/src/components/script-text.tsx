import { Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';

import { hasKhmer, KHMER_FONT_STACK } from '@/lib/script';

export type ScriptTextProps = TextProps & {
  children: string | null | undefined;
  fallback?: ReactNode;
  component?: 'span' | 'p' | 'div';
  'data-testid'?: string;
};

/**
 * A name as recorded. Khmer script gets `lang="km"` and the bundled Noto Sans Khmer first, so it
 * renders in the same font (and with the taller line) whatever the language of the interface.
 */
export function ScriptText({ children, fallback = null, style, ...rest }: ScriptTextProps) {
  if (!children) return fallback;
  const khmer = hasKhmer(children);
  return (
    <Text
      {...rest}
      lang={khmer ? 'km' : undefined}
      style={khmer ? { fontFamily: KHMER_FONT_STACK, lineHeight: 1.7, ...style } : style}
    >
      {children}
    </Text>
  );
}
