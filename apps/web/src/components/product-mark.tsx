import { Group, Text, ThemeIcon, VisuallyHidden, type MantineBreakpoint } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { GraphIcon } from './icons';

export type ProductMarkProps = {
  size?: 'md' | 'lg';
  /** Below this breakpoint only the icon shows (the name stays for screen readers). */
  nameVisibleFrom?: MantineBreakpoint;
};

/** The product name "Khsae ខ្សែ" (Khmer for "thread" or "line", as in a chain of brokers). */
export function ProductMark({ size = 'md', nameVisibleFrom }: ProductMarkProps) {
  const { t } = useTranslation();
  const large = size === 'lg';
  return (
    <Group gap={10} wrap="nowrap">
      <ThemeIcon size={large ? 44 : 32} radius="md" variant="filled">
        <GraphIcon size={large ? 26 : 19} />
      </ThemeIcon>
      <Text
        fw={700}
        fz={large ? 28 : 20}
        lh={1.2}
        visibleFrom={nameVisibleFrom}
        style={{ letterSpacing: '-0.01em', whiteSpace: 'nowrap' }}
      >
        {t('app.name')}
      </Text>
      {nameVisibleFrom && (
        <VisuallyHidden hiddenFrom={nameVisibleFrom}>{t('app.name')}</VisuallyHidden>
      )}
    </Group>
  );
}
