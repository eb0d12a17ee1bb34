import { Button, Group, RangeSlider, Stack, Text } from '@mantine/core';

import { useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { selectDateExtent, selectOutOfRange } from '../model/workbench-selectors';
import { isoDay, type DayRange } from '../model/timeline';

/** Shows only the links active between two dates; the records stay where they are. */
export function TimelineSlider() {
  const { t } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const extent = useWorkbench(selectDateExtent);
  const range = useWorkbench((state) => state.timeline);
  const hiddenLinks = useWorkbench(selectOutOfRange).size;
  if (!extent) return null;
  const value = range ?? extent;
  const onChange = (next: DayRange | null) => dispatch({ type: 'timeline', range: next });
  return (
    <Stack gap={4} data-testid="graph-timeline">
      <Group justify="space-between" gap="xs">
        <Text size="xs" fw={500} id="graph-timeline-label">
          {t('timeline.label', { from: isoDay(value.from), to: isoDay(value.to) })}
        </Text>
        {range && (
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(null)}>
            {t('timeline.reset')}
          </Button>
        )}
      </Group>
      <RangeSlider
        size="sm"
        min={extent.from}
        max={extent.to === extent.from ? extent.from + 1 : extent.to}
        minRange={0}
        value={[value.from, value.to]}
        label={isoDay}
        onChange={([from, to]) =>
          onChange(from <= extent.from && to >= extent.to ? null : { from, to })
        }
        thumbFromLabel={t('timeline.rangeStart')}
        thumbToLabel={t('timeline.rangeEnd')}
        aria-labelledby="graph-timeline-label"
      />
      <Text size="xs" c="dimmed">
        {hiddenLinks > 0 ? `${t('timeline.hiddenLinks', { count: hiddenLinks })} ` : ''}
        {t('timeline.undatedNote')}
      </Text>
    </Stack>
  );
}
