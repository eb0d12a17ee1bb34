import { useTranslation } from 'react-i18next';

import { GraphPage } from '@/features/network-graph/components/graph-page';
import { registerGraphTranslations } from '@/features/network-graph/i18n/graph-i18n';

/** /graph and /graph?seeds=broker:<uuid>: the link-graph workbench with its own translations. */
export function GraphRoute() {
  const { i18n } = useTranslation();
  registerGraphTranslations(i18n);
  return <GraphPage />;
}
