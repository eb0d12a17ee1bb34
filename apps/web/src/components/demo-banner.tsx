import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { AlertIcon } from './icons';

/** Stays on screen the whole session so nobody mistakes demo data for real cases. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      bg="yellow.1"
      c="yellow.9"
      px="md"
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-yellow-3)' }}
      data-testid="demo-banner"
    >
      <Text
        size="sm"
        fw={600}
        ta="center"
        style={{ display: 'flex', gap: 8, justifyContent: 'center', alignItems: 'center' }}
      >
        <AlertIcon size={16} />
        {t('demo.banner')}
      </Text>
    </Box>
  );
}
