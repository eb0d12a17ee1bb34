import { Button, Group, Menu, SegmentedControl, Tooltip } from '@mantine/core';

import { LAYOUT_NAMES, type LayoutName } from '../cytoscape/layouts';
import { useGraphTranslation } from '../i18n/graph-i18n';

export type GraphToolbarProps = {
  undoLabel: string | null;
  redoLabel: string | null;
  onUndo: () => void;
  onRedo: () => void;
  layoutName: LayoutName;
  onLayoutChange: (name: LayoutName) => void;
  onFit: () => void;
  onRelayout: () => void;
  onExportPng: () => void;
  onExportCsv: () => void;
  onClear: () => void;
  isEmpty: boolean;
};

/** Canvas-wide tools: history, layout, fit, export. Selection tools are in SelectionBar. */
export function GraphToolbar({
  undoLabel,
  redoLabel,
  onUndo,
  onRedo,
  layoutName,
  onLayoutChange,
  onFit,
  onRelayout,
  onExportPng,
  onExportCsv,
  onClear,
  isEmpty,
}: GraphToolbarProps) {
  const { t } = useGraphTranslation();
  return (
    <Group gap="xs" wrap="wrap" role="toolbar" aria-label={t('toolbar.label')}>
      <Tooltip label={undoLabel ? t('toolbar.undoWhat', { action: undoLabel }) : t('toolbar.undo')}>
        <Button
          size="xs"
          variant="default"
          onClick={onUndo}
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
          onClick={onRedo}
          disabled={!redoLabel}
          data-testid="graph-redo"
        >
          {t('toolbar.redo')}
        </Button>
      </Tooltip>
      <SegmentedControl
        size="xs"
        aria-label={t('layouts.label')}
        value={layoutName}
        onChange={(value) => onLayoutChange(value)}
        data={LAYOUT_NAMES.map((name) => ({ value: name, label: t(`layouts.${name}`) }))}
      />
      <Button size="xs" variant="default" onClick={onFit} disabled={isEmpty}>
        {t('toolbar.fit')}
      </Button>
      <Button size="xs" variant="default" onClick={onRelayout} disabled={isEmpty}>
        {t('toolbar.relayout')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" disabled={isEmpty} data-testid="graph-export">
            {t('toolbar.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={onExportPng}>{t('toolbar.exportPng')}</Menu.Item>
          <Menu.Item onClick={onExportCsv}>{t('toolbar.exportCsv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button size="xs" variant="subtle" color="red" onClick={onClear} disabled={isEmpty}>
        {t('toolbar.clear')}
      </Button>
    </Group>
  );
}
