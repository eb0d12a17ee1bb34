import { Tabs, VisuallyHidden } from '@mantine/core';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/page-header';

import { useGraphTranslation } from '../i18n/graph-i18n';

import { GraphWorkbench } from './graph-workbench';
import { VillageFlows } from './village-flows';

/** /graph: the network workbench, and village flows as a second tab (`?view=flows`). */
export function GraphPage({ exportedBy }: { exportedBy?: string }) {
  const { t } = useGraphTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = searchParams.get('view') === 'flows' ? 'flows' : 'network';
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs
        value={view}
        onChange={(value) =>
          setSearchParams((params) => {
            const next = new URLSearchParams(params);
            if (value === 'flows') next.set('view', 'flows');
            else next.delete('view');
            return next;
          })
        }
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="network">{t('tabs.network')}</Tabs.Tab>
          <Tabs.Tab value="flows">{t('tabs.flows')}</Tabs.Tab>
        </Tabs.List>
        {/* Kept mounted: leaving the tab must not lose the canvas. */}
        <Tabs.Panel value="network">
          {/* The workbench's panels are h3s, like village flows' under its h2. */}
          <VisuallyHidden component="h2">{t('tabs.network')}</VisuallyHidden>
          <GraphWorkbench {...(exportedBy === undefined ? {} : { exportedBy })} />
        </Tabs.Panel>
        <Tabs.Panel value="flows">
          <VillageFlows />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
