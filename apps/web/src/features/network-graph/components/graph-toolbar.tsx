import { Button, Group, Menu, SegmentedControl, Tooltip } from '@mantine/core';

import { isLayoutName, LAYOUT_NAMES } from '../cytoscape/layouts';
import { useCommands, useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { selectIsEmpty, selectRedoLabel, selectUndoLabel } from '../model/workbench-selectors';

/** Canvas-wide tools: history, layout, fit, export. Selection tools are in SelectionBar. */
export function GraphToolbar() {
  const { t } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const commands = useCommands();
  const undoLabel = useWorkbench(selectUndoLabel);
  const redoLabel = useWorkbench(selectRedoLabel);
  const layout = useWorkbench((state) => state.layout);
  const isEmpty = useWorkbench(selectIsEmpty);
  return (
    <Group gap="xs" wrap="wrap" role="toolbar" aria-label={t('toolbar.label')}>
      <Tooltip label={undoLabel ? t('toolbar.undoWhat', { action: undoLabel }) : t('toolbar.undo')}>
        <Button
          size="xs"
          variant="default"
          onClick={() => dispatch({ type: 'undo' })}
          disabled={!undoLabel}
          data-testid="graph-undo"
        >
          {t('toolbar.undo')}
        </Button>
      </Tooltip>
      <Tooltip label={redoLabel ? t('toolbar.redoWhat', { action: redoLabel }) : t('toolbar.redo')}>
        <Button
          size="xs"
          variant="default"
          onClick={() => dispatch({ type: 'redo' })}
          disabled={!redoLabel}
          data-testid="graph-redo"
        >
          {t('toolbar.redo')}
        </Button>
      </Tooltip>
      <SegmentedControl
        size="xs"
        aria-label={t('layouts.label')}
        value={layout}
        onChange={(name) => isLayoutName(name) && dispatch({ type: 'layout', name })}
        data={LAYOUT_NAMES.map((name) => ({ value: name, label: t(`layouts.${name}`) }))}
      />
      <Button size="xs" variant="default" onClick={commands.fit} disabled={isEmpty}>
        {t('toolbar.fit')}
      </Button>
      <Button
        size="xs"
        variant="default"
        onClick={() => dispatch({ type: 'layout' })}
        disabled={isEmpty}
      >
        {t('toolbar.relayout')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" disabled={isEmpty} data-testid="graph-export">
            {t('toolbar.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void commands.exportPng()}>{t('toolbar.exportPng')}</Menu.Item>
          <Menu.Item onClick={commands.exportCsv}>{t('toolbar.exportCsv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button size="xs" variant="subtle" color="red" onClick={commands.clear} disabled={isEmpty}>
        {t('toolbar.clear')}
      </Button>
    </Group>
  );
}
