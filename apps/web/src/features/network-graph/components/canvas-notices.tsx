import { Alert, Button, Stack, Text } from '@mantine/core';

import type { GraphNotice, Truncation } from '../hooks/use-graph-actions';
import { useGraphTranslation } from '../i18n/graph-i18n';

const TONE_COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;

export type CanvasNoticesProps = {
  notice: GraphNotice | null;
  onDismissNotice: () => void;
  truncation: Truncation | null;
  onDismissTruncation: () => void;
  onOpenFilters: () => void;
};

/**
 * Messages about the canvas, laid over its top edge: above it they would push the canvas down just as
 * someone reaches for a node.
 */
export function CanvasNotices({
  notice,
  onDismissNotice,
  truncation,
  onDismissTruncation,
  onOpenFilters,
}: CanvasNoticesProps) {
  const { t } = useGraphTranslation();
  if (!notice && !truncation) return null;
  return (
    <Stack pos="absolute" top={8} left={8} maw="min(560px, 75%)" gap={6} style={{ zIndex: 2 }}>
      {notice && (
        <Alert
          color={TONE_COLORS[notice.tone]}
          variant="light"
          withCloseButton
          onClose={onDismissNotice}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          py={6}
          bg="white"
          style={{ boxShadow: 'var(--mantine-shadow-sm)' }}
          data-testid="graph-notice"
        >
          <Text size="sm">{notice.text}</Text>
        </Alert>
      )}
      {truncation && (
        <Alert
          color="yellow"
          variant="light"
          withCloseButton
          onClose={onDismissTruncation}
          title={t('truncated.title')}
          data-testid="graph-truncated"
          py={6}
          bg="white"
          style={{ boxShadow: 'var(--mantine-shadow-sm)' }}
        >
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('truncated.body', truncation)}</Text>
            <Button size="compact-xs" variant="light" color="yellow" onClick={onOpenFilters}>
              {t('truncated.openFilters')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
