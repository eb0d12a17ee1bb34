import { Button, Group, Text } from '@mantine/core';

import { useGraphTranslation } from '../i18n/graph-i18n';

export type SelectionBarProps = {
  selectedCount: number;
  hiddenCount: number;
  canExpand: boolean;
  canCollapse: boolean;
  allPinned: boolean;
  /** The selection is exactly one group's members (or the group itself). */
  selectedGroup: string | null;
  onExpand: () => void;
  onCollapse: () => void;
  onHide: () => void;
  onShowHidden: () => void;
  onPin: () => void;
  onUnpin: () => void;
  onGroup: () => void;
  onUngroup: () => void;
  onRemove: () => void;
  onFindPath: () => void;
  onKeyPlayers: () => void;
};

/** What can be done with the selected records; every action is one undo step. */
export function SelectionBar(props: SelectionBarProps) {
  const { t } = useGraphTranslation();
  const { selectedCount: n } = props;
  const none = n === 0;
  return (
    <Group gap={6} wrap="wrap" role="toolbar" aria-label={t('status.selection', { count: n })}>
      <Text size="xs" c="dimmed" miw={80} aria-live="polite">
        {t('status.selection', { count: n })}
      </Text>
      <Button
        size="compact-xs"
        variant="light"
        onClick={props.onExpand}
        disabled={!props.canExpand}
      >
        {t('toolbar.expand')}
      </Button>
      <Button
        size="compact-xs"
        variant="light"
        onClick={props.onCollapse}
        disabled={!props.canCollapse}
      >
        {t('toolbar.collapse')}
      </Button>
      <Button size="compact-xs" variant="light" onClick={props.onHide} disabled={none}>
        {t('toolbar.hide')}
      </Button>
      {props.allPinned && !none ? (
        <Button size="compact-xs" variant="light" onClick={props.onUnpin}>
          {t('toolbar.unpin')}
        </Button>
      ) : (
        <Button size="compact-xs" variant="light" onClick={props.onPin} disabled={none}>
          {t('toolbar.pin')}
        </Button>
      )}
      {props.selectedGroup ? (
        <Button size="compact-xs" variant="light" onClick={props.onUngroup}>
          {t('toolbar.ungroup')}
        </Button>
      ) : (
        <Button size="compact-xs" variant="light" onClick={props.onGroup} disabled={n < 2}>
          {t('toolbar.group')}
        </Button>
      )}
      <Button
        size="compact-xs"
        variant="light"
        color="red"
        onClick={props.onRemove}
        disabled={none}
      >
        {t('toolbar.remove')}
      </Button>
      <Button
        size="compact-xs"
        variant="filled"
        onClick={props.onFindPath}
        disabled={n !== 2}
        data-testid="graph-find-path"
      >
        {t('toolbar.findPath')}
      </Button>
      <Button
        size="compact-xs"
        variant="light"
        onClick={props.onKeyPlayers}
        data-testid="graph-key-players-button"
      >
        {t('toolbar.keyPlayers')}
      </Button>
      {props.hiddenCount > 0 && (
        <Button size="compact-xs" variant="subtle" onClick={props.onShowHidden}>
          {t('toolbar.showHidden', { count: props.hiddenCount })}
        </Button>
      )}
    </Group>
  );
}
