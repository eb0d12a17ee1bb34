import { Button, Group, Stack, Switch, Table, Text, UnstyledButton } from '@mantine/core';

import type { KeyPlayer } from '@khsae/domain';

import { KEY_PLAYERS_LISTED } from '../constants';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { kindLabel } from '../i18n/graph-labels';

export type KeyPlayersPanelProps = {
  players: KeyPlayer[] | null;
  seedCount: number;
  hops: number;
  sizeByScore: boolean;
  onSizeByScoreChange: (value: boolean) => void;
  onFind: () => void;
  onClear: () => void;
  onSelect: (key: string) => void;
  isPending: boolean;
  language: string;
};

/** Who holds the network together, by betweenness, with the top ones listed. */
export function KeyPlayersPanel({
  players,
  seedCount,
  hops,
  sizeByScore,
  onSizeByScoreChange,
  onFind,
  onClear,
  onSelect,
  isPending,
  language,
}: KeyPlayersPanelProps) {
  const { t } = useGraphTranslation();
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
        <Button size="xs" onClick={onFind} disabled={seedCount === 0} loading={isPending}>
          {t('keyPlayers.find')}
        </Button>
        {players && (
          <Button size="xs" variant="default" onClick={onClear}>
            {t('keyPlayers.clear')}
          </Button>
        )}
      </Group>
      {players && (
        <>
          <Switch
            size="xs"
            label={t('keyPlayers.sizeByScore')}
            checked={sizeByScore}
            onChange={(event) => onSizeByScoreChange(event.currentTarget.checked)}
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
                      <UnstyledButton onClick={() => onSelect(player.key)} fz="xs" fw={600}>
                        {player.label}
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
