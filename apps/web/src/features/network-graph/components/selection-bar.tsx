import { Button, Group, Text } from '@mantine/core';

import { useCommands, useWorkbench } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import {
  canCollapse,
  selectAllPinned,
  selectHiddenCount,
  selectSeeds,
  selectSelectedGroup,
  selectSelectedRecords,
  selectSingleRecord,
} from '../model/workbench-selectors';

import { HintedButton } from './hinted-button';

/** What can be done with the selected records; every action is one undo step. */
export function SelectionBar() {
  const { t } = useGraphTranslation();
  const commands = useCommands();
  const selected = useWorkbench(selectSelectedRecords);
  const single = useWorkbench(selectSingleRecord);
  const collapsible = useWorkbench((state) => canCollapse(state, single));
  const allPinned = useWorkbench(selectAllPinned);
  const group = useWorkbench(selectSelectedGroup);
  const hiddenCount = useWorkbench(selectHiddenCount);
  const seedCount = useWorkbench(selectSeeds).length;
  const n = selected.length;
  const none = n === 0;
  return (
    <Group gap={6} wrap="wrap" role="toolbar" aria-label={t('status.selection', { count: n })}>
      <Text size="xs" c="dimmed" miw={80} aria-live="polite">
        {t('status.selection', { count: n })}
      </Text>
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => single && commands.expand(single)}
        disabled={single === null}
      >
        {t('toolbar.expand')}
      </Button>
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => single && commands.collapse(single)}
        disabled={!collapsible}
      >
        {t('toolbar.collapse')}
      </Button>
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => commands.hide(selected)}
        disabled={none}
      >
        {t('toolbar.hide')}
      </Button>
      {allPinned ? (
        <Button size="compact-xs" variant="light" onClick={() => commands.unpin(selected)}>
          {t('toolbar.unpin')}
        </Button>
      ) : (
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => commands.pin(selected)}
          disabled={none}
        >
          {t('toolbar.pin')}
        </Button>
      )}
      {group ? (
        <Button size="compact-xs" variant="light" onClick={() => commands.ungroup(group)}>
          {t('toolbar.ungroup')}
        </Button>
      ) : (
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => commands.group(selected)}
          disabled={n < 2}
        >
          {t('toolbar.group')}
        </Button>
      )}
      <Button
        size="compact-xs"
        variant="light"
        color="red"
        onClick={() => commands.remove(selected)}
        disabled={none}
      >
        {t('toolbar.remove')}
      </Button>
      <HintedButton
        size="compact-xs"
        variant="filled"
        onClick={commands.findPath}
        disabledHint={n === 2 ? null : t('toolbar.findPathHint')}
        data-testid="graph-find-path"
      >
        {t('toolbar.findPath')}
      </HintedButton>
      <HintedButton
        size="compact-xs"
        variant="light"
        onClick={commands.findKeyPlayers}
        disabledHint={seedCount > 0 ? null : t('toolbar.keyPlayersHint')}
        data-testid="graph-key-players-button"
      >
        {t('toolbar.keyPlayers')}
      </HintedButton>
      {hiddenCount > 0 && (
        <Button size="compact-xs" variant="subtle" onClick={commands.showHidden}>
          {t('toolbar.showHidden', { count: hiddenCount })}
        </Button>
      )}
    </Group>
  );
}
