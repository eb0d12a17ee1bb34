import { Button, Divider, Group, NumberInput, Stack, Text, Title } from '@mantine/core';

import { GRAPH_PATH_MAX_HOPS } from '@khsae/domain';

import { useCommands, useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import {
  labelOf,
  selectCanvas,
  selectIsLoading,
  selectSelectedRecords,
} from '../model/workbench-selectors';
import type { PathState } from '../model/workbench-store';

import { LinkSummary } from './link-summary';

/** Shortest paths between the two selected records, hop by hop, with each link's evidence. */
export function PathPanel() {
  const { t } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const commands = useCommands();
  const canvas = useWorkbench(selectCanvas);
  const [from = null, to = null] = useWorkbench(selectSelectedRecords);
  const maxHops = useWorkbench((state) => state.pathHops);
  const path = useWorkbench((state) => state.path);
  const isLoading = useWorkbench(selectIsLoading);
  const nameOf = (key: string) => labelOf(canvas, key);
  return (
    <Stack gap="sm" data-testid="graph-path-panel">
      <Text size="xs" c="dimmed">
        {t('path.hint')}
      </Text>
      <Text size="sm">
        {t('path.from')}: <strong>{from ? nameOf(from) : t('path.pick')}</strong>
      </Text>
      <Text size="sm">
        {t('path.to')}: <strong>{to ? nameOf(to) : t('path.pick')}</strong>
      </Text>
      <NumberInput
        size="xs"
        label={t('path.maxHops')}
        min={1}
        max={GRAPH_PATH_MAX_HOPS}
        value={maxHops}
        onChange={(value) => dispatch({ type: 'pathHops', hops: Number(value) })}
      />
      <Group gap="xs">
        <Button size="xs" onClick={commands.findPath} disabled={!from || !to} loading={isLoading}>
          {t('path.find')}
        </Button>
        {path && (
          <Button size="xs" variant="default" onClick={() => dispatch({ type: 'clearPath' })}>
            {t('path.clear')}
          </Button>
        )}
      </Group>
      {path && <PathResult path={path} labelOf={nameOf} />}
    </Stack>
  );
}

function PathResult({ path, labelOf }: { path: PathState; labelOf: (key: string) => string }) {
  const { t } = useGraphTranslation();
  const { result, highlight, maxHops } = path;
  if (!result.found) {
    return (
      <Text size="sm" c="orange.8" role="status">
        {result.reason === 'timeout' ? t('path.timeout') : t('path.noPath', { max: maxHops })}
      </Text>
    );
  }
  return (
    <Stack gap="xs" role="status" data-testid="graph-path-result">
      <Divider />
      <Title order={3} size="h6">
        {t('path.found', { count: result.paths.length, hops: result.hops ?? 0 })}
      </Title>
      {highlight.hops.map((hop) => (
        <Stack key={`${hop.from}|${hop.to}`} gap={4}>
          <Text size="sm" fw={600}>
            {t('path.hop', { from: labelOf(hop.from), to: labelOf(hop.to) })}
          </Text>
          {hop.links.map((link) => (
            <LinkSummary key={link.id} link={link} labelOf={labelOf} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
