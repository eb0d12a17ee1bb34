import { Box, Button, Group, RangeSlider, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';

import { formatDate } from '@/lib/format';
import { isLanguage } from '@/lib/i18n';

import { useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { selectDateExtent, selectOutOfRange } from '../model/workbench-selectors';
import { isoDay, stepTimeline, type DayRange } from '../model/timeline';

const PAGE_KEYS: Record<string, number> = { PageUp: 1, PageDown: -1 };

/** Shows only the links active between two dates; the records stay where they are. */
export function TimelineSlider() {
  const { t, language } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const extent = useWorkbench(selectDateExtent);
  const range = useWorkbench((state) => state.timeline);
  const hiddenLinks = useWorkbench(selectOutOfRange).size;
  if (!extent) return null;
  const value = range ?? extent;
  const dateOf = (day: number) =>
    formatDate(isoDay(day), isLanguage(language) ? language : 'en') ?? isoDay(day);
  const onChange = (next: DayRange) =>
    dispatch({
      type: 'timeline',
      range: next.from <= extent.from && next.to >= extent.to ? null : next,
    });
  // PageUp/PageDown move the focused thumb by a month (the arrows move it by a day).
  const onPageKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const months = PAGE_KEYS[event.key];
    if (months === undefined) return;
    const thumbs = [...event.currentTarget.querySelectorAll('[role="slider"]')];
    const thumb = thumbs.indexOf(event.target as Element);
    if (thumb !== 0 && thumb !== 1) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(stepTimeline(value, extent, thumb, months));
  };
  return (
    <Stack gap={4} data-testid="graph-timeline">
      <Group justify="space-between" gap="xs">
        <Text size="xs" fw={500} id="graph-timeline-label">
          {t('timeline.label', { from: dateOf(value.from), to: dateOf(value.to) })}
        </Text>
        {range && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => dispatch({ type: 'timeline', range: null })}
          >
            {t('timeline.reset')}
          </Button>
        )}
      </Group>
      <Box onKeyDownCapture={onPageKey}>
        <RangeSlider
          size="sm"
          min={extent.from}
          max={extent.to === extent.from ? extent.from + 1 : extent.to}
          minRange={0}
          value={[value.from, value.to]}
          label={dateOf}
          thumbValueText={dateOf}
          onChange={([from, to]) => onChange({ from, to })}
          thumbFromLabel={t('timeline.rangeStart')}
          thumbToLabel={t('timeline.rangeEnd')}
          aria-labelledby="graph-timeline-label"
        />
      </Box>
      <Text size="xs" c="dimmed">
        {hiddenLinks > 0 ? `${t('timeline.hiddenLinks', { count: hiddenLinks })} ` : ''}
        {t('timeline.undatedNote')} {t('timeline.keys')}
      </Text>
    </Stack>
  );
}
