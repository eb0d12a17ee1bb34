import { Group, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { GraphIcon } from './icons';

export type ProductMarkProps = {
  size?: 'md' | 'lg';
};

/** The product name "Khsae ខ្សែ" (Khmer for "thread" or "line", as in a chain of brokers). */
export function ProductMark({ size = 'md' }: ProductMarkProps) {
  const { t } = useTranslation();
  const large = size === 'lg';
  return (
    <Group gap={10} wrap="nowrap">
      <ThemeIcon size={large ? 44 : 32} radius="md" variant="filled">
        <GraphIcon size={large ? 26 : 19} />
      </ThemeIcon>
      <Text fw={700} fz={large ? 28 : 20} lh={1.2} style={{ letterSpacing: '-0.01em' }}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
