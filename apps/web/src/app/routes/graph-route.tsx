import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { registerGraphTranslations } from '@/features/network-graph/i18n/graph-i18n';

// Cytoscape and its layouts are the largest part of the app: load them only when /graph opens.
const GraphPage = lazy(() =>
  import('@/features/network-graph/components/graph-page').then((module) => ({
    default: module.GraphPage,
  })),
);

/** /graph and /graph?seeds=broker:<uuid>: the link-graph workbench with its own translations. */
export function GraphRoute() {
  const { i18n } = useTranslation();
  registerGraphTranslations(i18n);
  return (
    <Suspense
      fallback={
        <Center h={240}>
          <Loader aria-label={i18n.t('app.loading')} />
        </Center>
      }
    >
      <GraphPage />
    </Suspense>
  );
}
