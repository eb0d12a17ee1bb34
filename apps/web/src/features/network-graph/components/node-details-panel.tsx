import {
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  MultiSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { LINK_TYPES, type LinkType } from '@khsae/domain';

import { useCommands, useWorkbench } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { categoryLabel, kindLabel, linkTypeLabel } from '../i18n/graph-labels';
import { broughtInBy, linksOf } from '../model/canvas-state';
import { recordPagePath } from '../model/record-pages';
import {
  labelOf,
  selectCanvas,
  selectHasRecords,
  selectIsLoading,
} from '../model/workbench-selectors';

import { CanvasRecordList } from './canvas-record-list';
import { LinkSummary } from './link-summary';

/** The selected record (or link) in words, with its links and the ways to grow or shrink it. */
export function NodeDetailsPanel() {
  const { t } = useGraphTranslation();
  const commands = useCommands();
  const canvas = useWorkbench(selectCanvas);
  const selectedNodes = useWorkbench((state) => state.selection.nodes);
  const selectedLinks = useWorkbench((state) => state.selection.links);
  const isLoading = useWorkbench(selectIsLoading);
  const nameOf = (key: string) => labelOf(canvas, key);
  const [linkTypes, setLinkTypes] = useState<LinkType[]>([]);

  if (selectedNodes.length > 1) {
    return (
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('details.manySelected', { count: selectedNodes.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('details.manyHint')}
        </Text>
      </Stack>
    );
  }

  const key = selectedNodes[0];
  const node = key ? canvas.nodes[key] : undefined;
  const group = key ? canvas.groups[key] : undefined;
  if (group) {
    return (
      <Stack gap="xs">
        <Title order={3} size="h5">
          {group.label}
        </Title>
        <Text size="sm">{t('details.groupMembers', { count: group.members.length })}</Text>
      </Stack>
    );
  }

  if (!node) {
    const link = selectedLinks.length === 1 ? canvas.edges[selectedLinks[0] ?? ''] : undefined;
    if (link) {
      return (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('details.link')}
          </Title>
          <LinkSummary link={link} labelOf={nameOf} />
        </Stack>
      );
    }
    return <RecordList />;
  }

  const links = linksOf(canvas, node.key);
  const page = recordPagePath(node.kind, node.id);
  const category = categoryLabel(t, node.category);
  const hiddenNeighbours = canvas.frontier[node.key] ?? 0;
  const canCollapse = broughtInBy(canvas, node.key).length > 0;

  return (
    <Stack gap="sm" data-testid="graph-details">
      <Stack gap={2}>
        <Group gap={6}>
          <Badge variant="light" size="sm">
            {kindLabel(t, node.kind)}
          </Badge>
          {category && (
            <Badge variant="outline" size="sm" color="gray">
              {category}
            </Badge>
          )}
        </Group>
        <Title order={3} size="h4">
          {node.label}
        </Title>
        {node.sublabel && (
          <Text size="sm" c="dimmed">
            {node.sublabel}
          </Text>
        )}
      </Stack>
      <Text size="sm">
        {t('details.hiddenNeighbours')}: <strong>{hiddenNeighbours}</strong>
      </Text>
      {page ? (
        <Anchor component={Link} to={page} size="sm">
          {t('details.openPage')}
        </Anchor>
      ) : (
        <Text size="xs" c="dimmed">
          {t('details.noPage')}
        </Text>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          onClick={() => commands.expand(node.key)}
          loading={isLoading}
          data-testid="graph-expand"
        >
          {t('details.expand')}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => commands.collapse(node.key)}
          disabled={!canCollapse}
        >
          {t('details.collapse')}
        </Button>
      </Group>
      <Stack gap={6}>
        <MultiSelect
          size="xs"
          label={t('details.linkTypesToFollow')}
          data={LINK_TYPES.map((type) => ({ value: type, label: linkTypeLabel(t, type) }))}
          value={linkTypes}
          onChange={(value) => setLinkTypes(value)}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Button
          size="xs"
          variant="light"
          disabled={linkTypes.length === 0}
          onClick={() => commands.expand(node.key, linkTypes)}
        >
          {t('details.expandSelected')}
        </Button>
      </Stack>
      <Divider />
      <Title order={4} size="h6">
        {t('details.links', { count: links.length })}
      </Title>
      {links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('details.noLinks')}
        </Text>
      ) : (
        <Stack gap="sm">
          {links.map((link) => (
            <LinkSummary key={link.id} link={link} labelOf={nameOf} from={node.key} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** With nothing selected: every record on the canvas, reachable by keyboard and screen reader. */
function RecordList() {
  const { t } = useGraphTranslation();
  const hasRecords = useWorkbench(selectHasRecords);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('details.nothingSelected')}
      </Text>
      {hasRecords && (
        <>
          <Title order={3} size="h6">
            {t('canvas.recordList')}
          </Title>
          <CanvasRecordList />
        </>
      )}
    </Stack>
  );
}
