import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { useGraphTranslation } from '../i18n/graph-i18n';
import type { SavedView } from '../model/saved-views';

export type SavedViewsPanelProps = {
  views: SavedView[];
  canSave: boolean;
  onSave: (name: string) => void;
  onLoad: (view: SavedView) => void;
  onDelete: (name: string) => void;
  language: string;
};

/** Named canvases kept in this browser (no API for saved views yet: network-graph.md). */
export function SavedViewsPanel({
  views,
  canSave,
  onSave,
  onLoad,
  onDelete,
  language,
}: SavedViewsPanelProps) {
  const { t } = useGraphTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  function save() {
    if (!canSave) return setError(t('views.nothingToSave'));
    if (!name.trim()) return setError(t('views.nameRequired'));
    setError(null);
    onSave(name.trim());
    setName('');
  }

  return (
    <Stack gap="sm" data-testid="graph-views">
      <Alert variant="light" color="yellow" p="xs">
        <Text size="xs">{t('views.storageNote')}</Text>
      </Alert>
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
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Button size="xs" type="submit">
            {t('views.save')}
          </Button>
        </Stack>
      </form>
      {views.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('views.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {views.map((view) => (
            <li key={view.name}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate>
                    {view.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('views.summary', {
                      nodes: Object.keys(view.state.nodes).length,
                      date: formatDate(view.savedAt),
                    })}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => onLoad(view)}
                    aria-label={t('views.loadLabel', { name: view.name })}
                  >
                    {t('views.load')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onDelete(view.name)}
                    aria-label={t('views.deleteLabel', { name: view.name })}
                  >
                    {t('views.delete')}
                  </Button>
                </Group>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
