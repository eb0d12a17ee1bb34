import { Box, Menu } from '@mantine/core';

import { useGraphTranslation } from '../i18n/graph-i18n';

export type NodeContextMenuProps = {
  /** The record and where on the canvas the menu opens, or null when closed. */
  target: {
    key: string;
    x: number;
    y: number;
    label: string;
    pinned: boolean;
    canCollapse: boolean;
    page: string | null;
  } | null;
  onClose: () => void;
  onExpand: () => void;
  onExpandByType: () => void;
  onCollapse: () => void;
  onHide: () => void;
  onTogglePin: () => void;
  onOpenPage: () => void;
  onRemove: () => void;
};

/** Right-click actions on a record; the same actions are in the toolbar and the side panel. */
export function NodeContextMenu({ target, onClose, ...actions }: NodeContextMenuProps) {
  const { t } = useGraphTranslation();
  if (!target) return null;
  return (
    <Menu
      opened
      onChange={(opened) => !opened && onClose()}
      position="bottom-start"
      withinPortal
      shadow="md"
    >
      <Menu.Target>
        <Box pos="absolute" left={target.x} top={target.y} w={1} h={1} aria-hidden="true" />
      </Menu.Target>
      <Menu.Dropdown
        aria-label={t('menu.label', { label: target.label })}
        data-testid="graph-context-menu"
      >
        <Menu.Label>{target.label}</Menu.Label>
        <Menu.Item onClick={actions.onExpand}>{t('menu.expand')}</Menu.Item>
        <Menu.Item onClick={actions.onExpandByType}>{t('menu.expandByType')}</Menu.Item>
        <Menu.Item onClick={actions.onCollapse} disabled={!target.canCollapse}>
          {t('menu.collapse')}
        </Menu.Item>
        <Menu.Item onClick={actions.onHide}>{t('menu.hide')}</Menu.Item>
        <Menu.Item onClick={actions.onTogglePin}>
          {target.pinned ? t('menu.unpin') : t('menu.pin')}
        </Menu.Item>
        {target.page && <Menu.Item onClick={actions.onOpenPage}>{t('menu.openPage')}</Menu.Item>}
        <Menu.Divider />
        <Menu.Item color="red" onClick={actions.onRemove}>
          {t('menu.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
