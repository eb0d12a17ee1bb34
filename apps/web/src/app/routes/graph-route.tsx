import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { registerGraphTranslations } from '@/features/network-graph/i18n/graph-i18n';

import { useSession } from '../session-context';

// Cytoscape and its layouts are the largest part of the app: load them only when /graph opens.
const GraphPage = lazy(() =>
  import('@/features/network-graph/components/graph-page').then((module) => ({
    default: module.GraphPage,
  })),
);

/** /graph and /graph?seeds=broker:<uuid>: the link-graph workbench with its own translations. */
export function GraphRoute() {
  const { i18n } = useTranslation();
  // The exported picture names who made it.
  const user = useSession();
  registerGraphTranslations(i18n);
  return (
    <Suspense
      fallback={
        <Center h={240}>
          <Loader aria-label={i18n.t('app.loading')} />
        </Center>
      }
    >
      <GraphPage exportedBy={user.displayName} />
    </Suspense>
  );
}
