import { Button, Divider, Group, NumberInput, Stack, Text, Title } from '@mantine/core';

import { GRAPH_PATH_MAX_HOPS } from '@khsae/domain';

import type { PathState } from '../hooks/use-graph-actions';
import { useGraphTranslation } from '../i18n/graph-i18n';

import { LinkSummary } from './link-summary';

export type PathPanelProps = {
  from: string | null;
  to: string | null;
  labelOf: (key: string) => string;
  maxHops: number;
  onMaxHopsChange: (hops: number) => void;
  onFind: () => void;
  onClear: () => void;
  path: PathState | null;
  isPending: boolean;
};

/** Shortest paths between the two selected records, hop by hop, with each link's evidence. */
export function PathPanel({
  from,
  to,
  labelOf,
  maxHops,
  onMaxHopsChange,
  onFind,
  onClear,
  path,
  isPending,
}: PathPanelProps) {
  const { t } = useGraphTranslation();
  return (
    <Stack gap="sm" data-testid="graph-path-panel">
      <Text size="xs" c="dimmed">
        {t('path.hint')}
      </Text>
      <Text size="sm">
        {t('path.from')}: <strong>{from ? labelOf(from) : t('path.pick')}</strong>
      </Text>
      <Text size="sm">
        {t('path.to')}: <strong>{to ? labelOf(to) : t('path.pick')}</strong>
      </Text>
      <NumberInput
        size="xs"
        label={t('path.maxHops')}
        min={1}
        max={GRAPH_PATH_MAX_HOPS}
        value={maxHops}
        onChange={(value) =>
          onMaxHopsChange(Math.min(GRAPH_PATH_MAX_HOPS, Math.max(1, Number(value) || 1)))
        }
      />
      <Group gap="xs">
        <Button size="xs" onClick={onFind} disabled={!from || !to} loading={isPending}>
          {t('path.find')}
        </Button>
        {path && (
          <Button size="xs" variant="default" onClick={onClear}>
            {t('path.clear')}
          </Button>
        )}
      </Group>
      {path && <PathResult path={path} labelOf={labelOf} />}
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
