import { Box, Menu } from '@mantine/core';
import { useNavigate } from 'react-router';

import { useCommands, useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { selectMenuTarget } from '../model/workbench-selectors';

/** Right-click actions on a record; the same actions are in the toolbar and the side panel. */
export function NodeContextMenu() {
  const { t } = useGraphTranslation();
  const navigate = useNavigate();
  const dispatch = useWorkbenchDispatch();
  const commands = useCommands();
  const target = useWorkbench(selectMenuTarget);
  if (!target) return null;
  const { key, page } = target;
  const close = () => dispatch({ type: 'closeMenu' });
  return (
    <Menu
      opened
      onChange={(opened) => !opened && close()}
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
        <Menu.Item onClick={() => commands.expand(key)}>{t('menu.expand')}</Menu.Item>
        <Menu.Item
          onClick={() => {
            commands.select(key);
            dispatch({ type: 'showTab', tab: 'details' });
          }}
        >
          {t('menu.expandByType')}
        </Menu.Item>
        <Menu.Item onClick={() => commands.collapse(key)} disabled={!target.canCollapse}>
          {t('menu.collapse')}
        </Menu.Item>
        <Menu.Item onClick={() => commands.hide([key])}>{t('menu.hide')}</Menu.Item>
        <Menu.Item onClick={() => commands.togglePin(key)}>
          {target.pinned ? t('menu.unpin') : t('menu.pin')}
        </Menu.Item>
        {page && <Menu.Item onClick={() => void navigate(page)}>{t('menu.openPage')}</Menu.Item>}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => commands.remove([key])}>
          {t('menu.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
