import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';

import { CONFIDENCE_GRADES, GRAPH_MAX_HOPS, LINK_TYPES, RECORD_KINDS } from '@khsae/domain';

import { DayInput } from '@/components/day-input';

import { MAX_RENDERED_NODES } from '../constants';
import { useCommands, useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { confidenceLabel, kindLabel, linkTypeLabel } from '../i18n/graph-labels';
import type { GraphFilters } from '../model/graph-filters';
import { selectIsLoading, selectSeeds } from '../model/workbench-selectors';

/** Hops, node cap, kinds, link types, confidence and dates: used by reloads, expansions and paths. */
export function GraphFiltersPanel() {
  const { t } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const commands = useCommands();
  const filters = useWorkbench((state) => state.filters);
  // Records added by the user: what "reload" starts from.
  const seedCount = useWorkbench(selectSeeds).length;
  const isLoading = useWorkbench(selectIsLoading);
  const patch = (change: Partial<GraphFilters>) => dispatch({ type: 'filter', change });
  return (
    <Stack gap="sm" data-testid="graph-filters">
      <Title order={3} size="h5">
        {t('filters.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('filters.hint')}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="graph-hops-label">
          {t('filters.hops')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="graph-hops-label"
          value={String(filters.hops)}
          onChange={(value) => patch({ hops: Number(value) })}
          data={Array.from({ length: GRAPH_MAX_HOPS }, (_, i) => String(i + 1))}
        />
      </Stack>
      <NumberInput
        size="xs"
        label={t('filters.limit')}
        description={t('filters.limitHint', { max: MAX_RENDERED_NODES })}
        min={1}
        max={MAX_RENDERED_NODES}
        step={100}
        value={filters.limit}
        onChange={(value) => patch({ limit: typeof value === 'number' ? value : Number(value) })}
        data-testid="graph-node-cap"
      />
      <Checkbox.Group
        label={t('filters.kinds')}
        value={filters.kinds}
        onChange={(value) => patch({ kinds: value })}
      >
        <Group gap="sm" mt={4}>
          {RECORD_KINDS.map((kind) => (
            <Checkbox key={kind} size="xs" value={kind} label={kindLabel(t, kind)} />
          ))}
        </Group>
      </Checkbox.Group>
      <MultiSelect
        size="xs"
        label={t('filters.linkTypes')}
        placeholder={filters.linkTypes.length === 0 ? t('filters.allLinkTypes') : undefined}
        data={LINK_TYPES.map((type) => ({ value: type, label: linkTypeLabel(t, type) }))}
        value={filters.linkTypes}
        onChange={(value) => patch({ linkTypes: value })}
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox.Group
        label={t('filters.confidence')}
        value={filters.confidence.length === 0 ? [...CONFIDENCE_GRADES] : filters.confidence}
        onChange={(value) =>
          patch({
            confidence: value.length === CONFIDENCE_GRADES.length ? [] : value,
          })
        }
      >
        <Group gap="sm" mt={4}>
          {CONFIDENCE_GRADES.map((grade) => (
            <Checkbox key={grade} size="xs" value={grade} label={confidenceLabel(t, grade)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group grow gap="xs">
        <DayInput
          size="xs"
          label={t('filters.since')}
          value={filters.since}
          onChange={(day) => patch({ since: day })}
        />
        <DayInput
          size="xs"
          label={t('filters.until')}
          value={filters.until}
          onChange={(day) => patch({ until: day })}
        />
      </Group>
      {seedCount > 0 ? (
        <Stack gap={4}>
          <Button
            size="xs"
            onClick={commands.reload}
            loading={isLoading}
            data-testid="graph-reload"
          >
            {t('filters.apply')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('filters.applyHint', { count: seedCount })}
          </Text>
        </Stack>
      ) : (
        <Text size="xs" c="dimmed">
          {t('filters.noneToReload')}
        </Text>
      )}
      <Button size="xs" variant="subtle" onClick={() => dispatch({ type: 'resetFilters' })}>
        {t('filters.reset')}
      </Button>
    </Stack>
  );
}
