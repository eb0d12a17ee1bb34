import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Permission, RecordKind } from '@khsae/domain';

import { GraphIcon } from './icons';

/** The link-graph workbench with one record and its network on the canvas (`?seeds=kind:id`). */
export function networkPath(kind: RecordKind, id: string): string {
  return `/graph?seeds=${kind}:${encodeURIComponent(id)}`;
}

export type ShowNetworkButtonProps = {
  kind: RecordKind;
  id: string;
  /** The signed-in user's permissions: without graph:read there is nothing to show. */
  permissions: readonly Permission[];
};

/** "Show network" on a record's page: a real link, so it opens in a new tab too. */
export function ShowNetworkButton({ kind, id, permissions }: ShowNetworkButtonProps) {
  const { t } = useTranslation();
  if (!permissions.includes('graph:read')) return null;
  return (
    <Button
      component={Link}
      to={networkPath(kind, id)}
      variant="default"
      leftSection={<GraphIcon size={16} />}
      data-testid="show-network"
    >
      {t('registry.showNetwork')}
    </Button>
  );
}
