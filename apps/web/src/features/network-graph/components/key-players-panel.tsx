import { Button, Group, Stack, Switch, Table, Text, UnstyledButton } from '@mantine/core';

import { KEY_PLAYERS_LISTED } from '../constants';
import { useCommands, useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { kindLabel } from '../i18n/graph-labels';
import {
  selectIsLoading,
  selectLabels,
  selectRankedKeyPlayers,
  selectSeeds,
} from '../model/workbench-selectors';

/** Who holds the network together, by betweenness, with the top ones listed. */
export function KeyPlayersPanel() {
  const { t, language } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const commands = useCommands();
  const players = useWorkbench(selectRankedKeyPlayers);
  const allKinds = useWorkbench((state) => state.keyPlayersAllKinds);
  const labels = useWorkbench(selectLabels);
  const seedCount = useWorkbench(selectSeeds).length;
  const hops = useWorkbench((state) => state.filters.hops);
  const sizeByScore = useWorkbench((state) => state.sizeByScore);
  const isLoading = useWorkbench(selectIsLoading);
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const top = (players ?? []).slice(0, KEY_PLAYERS_LISTED);
  return (
    <Stack gap="sm" data-testid="graph-key-players">
      <Text size="xs" c="dimmed">
        {t('keyPlayers.hint')}
      </Text>
      <Text size="xs">
        {seedCount > 0 ? t('keyPlayers.scope', { hops }) : t('keyPlayers.needSeeds')}
      </Text>
      <Group gap="xs">
        <Button
          size="xs"
          onClick={commands.findKeyPlayers}
          disabled={seedCount === 0}
          loading={isLoading}
        >
          {t('keyPlayers.find')}
        </Button>
        {players && (
          <Button size="xs" variant="default" onClick={() => dispatch({ type: 'clearKeyPlayers' })}>
            {t('keyPlayers.clear')}
          </Button>
        )}
      </Group>
      {players && (
        <>
          <Switch
            size="xs"
            label={t('keyPlayers.allKinds')}
            description={t('keyPlayers.allKindsHint')}
            checked={allKinds}
            onChange={(event) =>
              dispatch({ type: 'keyPlayersAllKinds', on: event.currentTarget.checked })
            }
            data-testid="graph-key-players-all-kinds"
          />
          <Switch
            size="xs"
            label={t('keyPlayers.sizeByScore')}
            checked={sizeByScore}
            onChange={(event) => dispatch({ type: 'sizeByScore', on: event.currentTarget.checked })}
          />
          {top.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('keyPlayers.none')}
            </Text>
          ) : (
            <Table fz="xs" verticalSpacing={4} aria-label={t('panel.keyPlayers')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('keyPlayers.rank')}</Table.Th>
                  <Table.Th>{t('keyPlayers.record')}</Table.Th>
                  <Table.Th ta="right">{t('keyPlayers.degree')}</Table.Th>
                  <Table.Th ta="right">{t('keyPlayers.betweenness')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {top.map((player, i) => (
                  <Table.Tr key={player.key}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <UnstyledButton onClick={() => commands.select(player.key)} fz="xs" fw={600}>
                        {labels.get(player.key) ?? player.label}
                      </UnstyledButton>
                      <Text size="xs" c="dimmed">
                        {kindLabel(t, player.kind)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{player.degree}</Table.Td>
                    <Table.Td ta="right">{format.format(player.betweenness)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
