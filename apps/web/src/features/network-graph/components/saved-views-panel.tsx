import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { GRAPH_VIEW_NAME_MAX } from '@khsae/domain';

import { isApiError } from '@/lib/api';
import type { GraphViewSummary } from '@/lib/api-types';
import { describeError } from '@/lib/describe-error';
import { formatDateTime } from '@/lib/format';
import { isLanguage } from '@/lib/i18n';

import { graphViewKeys } from '../api/graph-view-keys';
import {
  useRenameGraphView,
  type RenameViewVariables,
  type SaveViewVariables,
} from '../api/graph-view-mutations';
import { graphViewQueryOptions, graphViewsQueryOptions } from '../api/graph-view-queries';
import { useBrowserViewsImport, useLatestMutation } from '../hooks/use-saved-views';
import { useGraphTranslation, type GraphT } from '../i18n/graph-i18n';
import { fromGraphView, sameViewName, type SavedView } from '../model/saved-views';

export type SavedViewsPanelProps = {
  views: GraphViewSummary[];
  canSave: boolean;
  onSave: (name: string) => void;
  onLoad: (view: SavedView) => void;
  onDelete: (view: GraphViewSummary) => void;
  language: string;
};

type Confirm = { kind: 'overwrite'; name: string } | { kind: 'delete'; view: GraphViewSummary };

/** Why a write was refused, in words: a conflict, a taken name, a deleted view, or the API's own. */
function writeProblem(error: unknown, t: GraphT, tCommon: Parameters<typeof describeError>[1]) {
  if (isApiError(error)) {
    if (error.status === 409 && error.body.fields?.some((f) => f.field === 'name'))
      return t('views.nameTaken');
    if (error.status === 404) return t('views.gone');
    if (error.status === 413 || error.body.fields?.some((f) => f.field === 'canvas'))
      return t('views.tooLarge');
  }
  return describeError(error, tCommon);
}

function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.body.current !== undefined;
}

/** The caller's saved views, stored by the API: save, open, rename and delete. */
export function SavedViewsPanel({
  views,
  canSave,
  onSave,
  onLoad,
  onDelete,
  language,
}: SavedViewsPanelProps) {
  const { t } = useGraphTranslation();
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery(graphViewsQueryOptions());
  const [mountedAt] = useState(() => Date.now());
  const lastSave = useLatestMutation<SaveViewVariables>(graphViewKeys.saves(), mountedAt);
  const lastDelete = useLatestMutation<GraphViewSummary>(graphViewKeys.deletions(), mountedAt);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<GraphViewSummary | null>(null);
  const formatDate = (iso: string) =>
    formatDateTime(iso, isLanguage(language) ? language : 'en') ?? '';

  function save() {
    const trimmed = name.trim();
    if (!canSave) return setError(t('views.nothingToSave'));
    if (!trimmed) return setError(t('views.nameRequired'));
    if (trimmed.length > GRAPH_VIEW_NAME_MAX)
      return setError(t('views.nameTooLong', { max: GRAPH_VIEW_NAME_MAX }));
    setError(null);
    if (views.some((v) => sameViewName(v.name, trimmed)))
      return setConfirm({ kind: 'overwrite', name: trimmed });
    onSave(trimmed);
    setName('');
  }

  async function open(view: GraphViewSummary) {
    setOpening(view.id);
    setOpenError(null);
    try {
      const stored = await queryClient.fetchQuery(graphViewQueryOptions(view.id));
      const saved = fromGraphView(stored);
      if (saved) onLoad(saved);
      else setOpenError(t('views.openFailed', { name: view.name, reason: t('views.damaged') }));
    } catch (err) {
      if (isApiError(err) && err.status === 404)
        void queryClient.invalidateQueries({ queryKey: graphViewKeys.lists() });
      setOpenError(
        t('views.openFailed', { name: view.name, reason: writeProblem(err, t, tCommon) }),
      );
    } finally {
      setOpening(null);
    }
  }

  let status: ReactNode = null;
  if (lastSave?.variables) {
    const saving = lastSave.variables.name;
    if (lastSave.status === 'pending')
      status = <Text size="xs">{t('views.saving', { name: saving })}</Text>;
    else if (lastSave.status === 'success')
      status = (
        <Text size="xs" c="teal">
          {t('views.savedDone', { name: saving })}
        </Text>
      );
    else if (lastSave.status === 'error')
      status = (
        <Alert color="red" p="xs" role="alert">
          <Text size="xs">
            {isStale(lastSave.error)
              ? t('views.conflict', { name: saving })
              : t('views.saveFailed', {
                  name: saving,
                  reason: writeProblem(lastSave.error, t, tCommon),
                })}
          </Text>
        </Alert>
      );
  }

  return (
    <Stack gap="sm" data-testid="graph-views">
      <Alert variant="light" color="blue" p="xs" role="note">
        <Text size="xs">{t('views.storageNote')}</Text>
      </Alert>
      <BrowserViewsImport />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="xs">
          <TextInput
            size="xs"
            label={t('views.name')}
            placeholder={t('views.namePlaceholder')}
            value={name}
            error={error}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setConfirm(null);
            }}
          />
          <Button size="xs" type="submit" loading={lastSave?.status === 'pending'}>
            {t('views.save')}
          </Button>
        </Stack>
      </form>
      {confirm?.kind === 'overwrite' && (
        <ConfirmBox
          question={t('views.overwriteQuestion', { name: confirm.name })}
          action={t('views.overwrite')}
          cancel={t('views.cancel')}
          onConfirm={() => {
            setConfirm(null);
            onSave(confirm.name);
            setName('');
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
      {status}
      {lastDelete?.status === 'error' && lastDelete.variables && (
        <Alert color="red" p="xs" role="alert">
          <Text size="xs">
            {t('views.deleteFailed', {
              name: lastDelete.variables.name,
              reason: writeProblem(lastDelete.error, t, tCommon),
            })}
          </Text>
        </Alert>
      )}
      {openError && (
        <Alert color="red" p="xs" role="alert">
          <Text size="xs">{openError}</Text>
        </Alert>
      )}
      {list.isPending ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('views.loading')}
          </Text>
        </Group>
      ) : list.isError ? (
        <Alert color="red" p="xs" role="alert">
          <Stack gap={4} align="flex-start">
            <Text size="xs">
              {t('views.loadError', { reason: describeError(list.error, tCommon) })}
            </Text>
            <Button size="compact-xs" variant="light" onClick={() => void list.refetch()}>
              {t('views.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : views.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('views.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {views.map((view) => (
            <li key={view.id}>
              {renaming?.id === view.id ? (
                <RenameForm view={view} onDone={() => setRenaming(null)} />
              ) : (
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>
                      {view.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('views.summary', {
                        nodes: view.nodeCount,
                        date: formatDate(view.updatedAt),
                      })}
                    </Text>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={opening === view.id}
                      onClick={() => void open(view)}
                      aria-label={t('views.loadLabel', { name: view.name })}
                    >
                      {t('views.load')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setRenaming(view)}
                      aria-label={t('views.renameLabel', { name: view.name })}
                    >
                      {t('views.rename')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setConfirm({ kind: 'delete', view })}
                      aria-label={t('views.deleteLabel', { name: view.name })}
                    >
                      {t('views.delete')}
                    </Button>
                  </Group>
                </Group>
              )}
              {confirm?.kind === 'delete' && confirm.view.id === view.id && (
                <ConfirmBox
                  question={t('views.deleteQuestion', { name: view.name })}
                  action={t('views.delete')}
                  cancel={t('views.cancel')}
                  onConfirm={() => {
                    setConfirm(null);
                    onDelete(view);
                  }}
                  onCancel={() => setConfirm(null)}
                />
              )}
            </li>
          ))}
        </Stack>
      )}
      {list.data && list.data.total > list.data.items.length && (
        <Text size="xs" c="dimmed">
          {t('views.more', { shown: list.data.items.length, total: list.data.total })}
        </Text>
      )}
    </Stack>
  );
}

function ConfirmBox(props: {
  question: string;
  action: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Alert color="yellow" p="xs" role="alertdialog" aria-label={props.question}>
      <Stack gap={6}>
        <Text size="xs">{props.question}</Text>
        <Group gap="xs">
          <Button size="compact-xs" color="red" onClick={props.onConfirm}>
            {props.action}
          </Button>
          <Button size="compact-xs" variant="default" onClick={props.onCancel}>
            {props.cancel}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function RenameForm({ view, onDone }: { view: GraphViewSummary; onDone: () => void }) {
  const { t } = useGraphTranslation();
  const { t: tCommon } = useTranslation();
  const rename = useRenameGraphView();
  const [value, setValue] = useState(view.name);
  const [error, setError] = useState<string | null>(null);

  function submit() {
    const trimmed = value.trim();
    if (!trimmed) return setError(t('views.nameRequired'));
    if (trimmed.length > GRAPH_VIEW_NAME_MAX)
      return setError(t('views.nameTooLong', { max: GRAPH_VIEW_NAME_MAX }));
    if (trimmed === view.name) return onDone();
    setError(null);
    const variables: RenameViewVariables = { id: view.id, version: view.version, name: trimmed };
    rename.mutate(variables, {
      onSuccess: onDone,
      onError: (err) =>
        setError(
          isStale(err)
            ? t('views.conflict', { name: view.name })
            : t('views.renameFailed', { reason: writeProblem(err, t, tCommon) }),
        ),
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap={4}>
        <TextInput
          size="xs"
          label={t('views.newName')}
          value={value}
          error={error}
          onChange={(event) => setValue(event.currentTarget.value)}
          data-autofocus
        />
        <Group gap="xs">
          <Button size="compact-xs" type="submit" loading={rename.isPending}>
            {t('views.saveName')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={onDone}>
            {t('views.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The one-time offer to move views an earlier workbench kept in this browser to the server. */
function BrowserViewsImport() {
  const { t } = useGraphTranslation();
  const browser = useBrowserViewsImport();
  if (browser.result && browser.views.length === 0 && browser.result.left === 0) {
    return (
      <Text size="xs" c="teal">
        {t('views.importDone', { imported: browser.result.imported, left: 0 })}
      </Text>
    );
  }
  if (browser.views.length === 0) return null;
  return (
    <Alert color="gray" p="xs" role="region" title={t('views.importTitle')}>
      <Stack gap={6}>
        <Text size="xs">
          {browser.result
            ? t('views.importDone', browser.result)
            : t('views.importText', { count: browser.views.length })}
        </Text>
        <Group gap="xs">
          <Button
            size="compact-xs"
            loading={browser.isImporting}
            onClick={() => void browser.importAll()}
          >
            {t('views.importButton')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={browser.decline}>
            {t('views.importDecline')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
