import { Paper, ScrollArea, Tabs } from '@mantine/core';

import type { CanvasCommands } from '../hooks/use-canvas-commands';
import type { GraphActions } from '../hooks/use-graph-actions';
import type { useSavedViews } from '../hooks/use-saved-views';
import { useGraphTranslation } from '../i18n/graph-i18n';
import type { CanvasState } from '../model/canvas-state';
import type { GraphFilters } from '../model/graph-filters';

import { GraphFiltersPanel } from './graph-filters-panel';
import { KeyPlayersPanel } from './key-players-panel';
import { NodeDetailsPanel } from './node-details-panel';
import { PathPanel } from './path-panel';
import { SavedViewsPanel } from './saved-views-panel';

export const PANEL_TABS = ['details', 'filters', 'path', 'keyPlayers', 'views'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export type GraphSidePanelProps = {
  tab: PanelTab;
  onTabChange: (tab: PanelTab) => void;
  height: string;
  canvas: CanvasState;
  selectedNodes: string[];
  selectedLinks: string[];
  filters: GraphFilters;
  onFiltersChange: (filters: GraphFilters) => void;
  seeds: string[];
  actions: GraphActions;
  commands: CanvasCommands;
  sizeByScore: boolean;
  onSizeByScoreChange: (value: boolean) => void;
  savedViews: ReturnType<typeof useSavedViews>;
  pathHops: number;
  onPathHopsChange: (hops: number) => void;
  language: string;
};

/** Details, filters, paths, key players and saved views, one tab at a time beside the canvas. */
export function GraphSidePanel(props: GraphSidePanelProps) {
  const { t } = useGraphTranslation();
  const { canvas, actions, commands, seeds } = props;
  const selected = props.selectedNodes.filter((key) => canvas.nodes[key]);
  return (
    <Paper
      withBorder
      w={360}
      h={props.height}
      style={{ flexShrink: 0, display: 'flex', flexDirection: 'column' }}
    >
      <Tabs
        value={props.tab}
        onChange={(value) => value && props.onTabChange(value as PanelTab)}
        keepMounted={false}
        style={{ display: 'flex', flexDirection: 'column', height: '100%' }}
        aria-label={t('panel.label')}
      >
        <Tabs.List grow>
          {PANEL_TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab} fz="xs" px={6}>
              {t(`panel.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <ScrollArea style={{ flex: 1 }} p="sm" type="auto">
          <Tabs.Panel value="details">
            <NodeDetailsPanel
              canvas={canvas}
              selectedNodes={props.selectedNodes}
              selectedLinks={props.selectedLinks}
              isPending={actions.isPending}
              onSelect={commands.select}
              onExpand={commands.expand}
              onCollapse={commands.collapse}
            />
          </Tabs.Panel>
          <Tabs.Panel value="filters">
            <GraphFiltersPanel
              filters={props.filters}
              onChange={props.onFiltersChange}
              seedCount={seeds.length}
              isPending={actions.isPending}
              onReload={() =>
                void actions.loadAround(
                  seeds.map((key) => ({ key, label: commands.labelOf(key) })),
                  t('actions.reload'),
                  true,
                )
              }
            />
          </Tabs.Panel>
          <Tabs.Panel value="path">
            <PathPanel
              from={selected[0] ?? null}
              to={selected[1] ?? null}
              labelOf={commands.labelOf}
              maxHops={props.pathHops}
              onMaxHopsChange={props.onPathHopsChange}
              isPending={actions.isPending}
              path={actions.path}
              onClear={actions.clearPath}
              onFind={() => {
                const [from, to] = selected;
                if (from && to) {
                  void actions.findPath(
                    from,
                    to,
                    props.pathHops,
                    t('actions.path', { from: commands.labelOf(from), to: commands.labelOf(to) }),
                  );
                }
              }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="keyPlayers">
            <KeyPlayersPanel
              players={actions.keyPlayers}
              seedCount={seeds.length}
              hops={props.filters.hops}
              sizeByScore={props.sizeByScore}
              onSizeByScoreChange={props.onSizeByScoreChange}
              isPending={actions.isPending}
              onFind={() => void actions.findKeyPlayers(seeds, t('actions.keyPlayers'))}
              onClear={actions.clearKeyPlayers}
              onSelect={commands.select}
              language={props.language}
            />
          </Tabs.Panel>
          <Tabs.Panel value="views">
            <SavedViewsPanel
              views={props.savedViews.views}
              canSave={Object.keys(canvas.nodes).length > 0}
              onSave={(name) =>
                commands.saveView(
                  name,
                  props.savedViews.views.some((v) => v.name === name),
                )
              }
              onLoad={commands.loadView}
              onDelete={props.savedViews.remove}
              language={props.language}
            />
          </Tabs.Panel>
        </ScrollArea>
      </Tabs>
    </Paper>
  );
}
