import { Paper, ScrollArea, Tabs } from '@mantine/core';

import { useSavedViews } from '../hooks/use-saved-views';
import { useCommands, useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { selectHasRecords } from '../model/workbench-selectors';
import { PANEL_TABS, type PanelTab } from '../model/workbench-store';

import { GraphFiltersPanel } from './graph-filters-panel';
import { KeyPlayersPanel } from './key-players-panel';
import { NodeDetailsPanel } from './node-details-panel';
import { PathPanel } from './path-panel';
import { SavedViewsPanel } from './saved-views-panel';

/** Details, filters, paths, key players and saved views, one tab at a time beside the canvas. */
export function GraphSidePanel({ height }: { height: string }) {
  const { t } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const tab = useWorkbench((state) => state.tab);
  // Observed here, not in the tab, so that the list is loaded before the tab is opened.
  const savedViews = useSavedViews();
  return (
    <Paper
      withBorder
      w={360}
      h={height}
      style={{ flexShrink: 0, display: 'flex', flexDirection: 'column' }}
    >
      <Tabs
        value={tab}
        onChange={(value) => value && dispatch({ type: 'showTab', tab: value as PanelTab })}
        keepMounted={false}
        style={{ display: 'flex', flexDirection: 'column', height: '100%' }}
        aria-label={t('panel.label')}
      >
        <Tabs.List grow>
          {PANEL_TABS.map((name) => (
            <Tabs.Tab key={name} value={name} fz="xs" px={6}>
              {t(`panel.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <ScrollArea style={{ flex: 1 }} p="sm" type="auto">
          <Tabs.Panel value="details">
            <NodeDetailsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="filters">
            <GraphFiltersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="path">
            <PathPanel />
          </Tabs.Panel>
          <Tabs.Panel value="keyPlayers">
            <KeyPlayersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="views">
            <ViewsTab savedViews={savedViews} />
          </Tabs.Panel>
        </ScrollArea>
      </Tabs>
    </Paper>
  );
}

/** The caller's saved views (server state) wired to the canvas: save what is drawn, open a view. */
function ViewsTab({ savedViews }: { savedViews: ReturnType<typeof useSavedViews> }) {
  const { language } = useGraphTranslation();
  const dispatch = useWorkbenchDispatch();
  const commands = useCommands();
  const canSave = useWorkbench(selectHasRecords);
  return (
    <SavedViewsPanel
      views={savedViews.views}
      canSave={canSave}
      onSave={(name) => {
        const failure = savedViews.save(commands.viewNamed(name));
        // Progress and success show in the views panel, which hears the server's answer.
        if (failure)
          dispatch({
            type: 'notify',
            notice: {
              tone: 'error',
              message: failure === 'quota' ? 'views.quota' : 'views.unavailable',
            },
          });
      }}
      onLoad={commands.openView}
      onDelete={savedViews.remove}
      language={language}
    />
  );
}
