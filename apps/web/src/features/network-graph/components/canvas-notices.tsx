import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';

import { useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';

const TONE_COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;
const INFO_NOTICE_MS = 6000;

/**
 * Messages about the canvas, laid over its top edge: above it they would push the canvas down just as
 * someone reaches for a node.
 */
export function CanvasNotices() {
  const { t } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const notice = useWorkbench((state) => state.notice);
  const truncation = useWorkbench((state) => state.truncation);

  // Confirmations fade by themselves; warnings and errors stay until dismissed.
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(() => dispatch({ type: 'dismissNotice' }), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [dispatch, notice]);

  if (!notice && !truncation) return null;
  return (
    <Stack pos="absolute" top={8} left={8} maw="min(560px, 75%)" gap={6} style={{ zIndex: 2 }}>
      {notice && (
        <Alert
          color={TONE_COLORS[notice.tone]}
          variant="light"
          withCloseButton
          onClose={() => dispatch({ type: 'dismissNotice' })}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          py={6}
          bg="white"
          style={{ boxShadow: 'var(--mantine-shadow-sm)' }}
          data-testid="graph-notice"
        >
          <Text size="sm">{t(notice.message, notice.values)}</Text>
        </Alert>
      )}
      {truncation && (
        <Alert
          color="yellow"
          variant="light"
          withCloseButton
          onClose={() => dispatch({ type: 'dismissTruncation' })}
          title={t('truncated.title')}
          data-testid="graph-truncated"
          py={6}
          bg="white"
          style={{ boxShadow: 'var(--mantine-shadow-sm)' }}
        >
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('truncated.body', truncation)}</Text>
            <Button
              size="compact-xs"
              variant="light"
              color="yellow"
              onClick={() => dispatch({ type: 'showTab', tab: 'filters' })}
            >
              {t('truncated.openFilters')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
