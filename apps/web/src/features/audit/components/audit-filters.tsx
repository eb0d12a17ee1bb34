import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from '@khsae/domain';

import { DayInput } from '@/components/day-input';

import type { AuditEventFilter } from '../audit-list-filter';

export type AuditFiltersProps = {
  filter: AuditEventFilter;
  hasActiveFilters: boolean;
  onChange: (patch: Partial<AuditEventFilter>) => void;
  onReset: () => void;
};

export function AuditFilters({ filter, hasActiveFilters, onChange, onReset }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [actorEmail, setActorEmail] = useState(filter.actorEmail);
  const [resourceType, setResourceType] = useState(filter.resourceType);
  const commitText = useDebouncedCallback(
    (patch: Pick<Partial<AuditEventFilter>, 'actorEmail' | 'resourceType'>) => onChange(patch),
    300,
  );

  // Follow the URL when it changes from outside (back button, "clear filters").
  const [synced, setSynced] = useState({
    actorEmail: filter.actorEmail,
    resourceType: filter.resourceType,
  });
  if (synced.actorEmail !== filter.actorEmail || synced.resourceType !== filter.resourceType) {
    setSynced({ actorEmail: filter.actorEmail, resourceType: filter.resourceType });
    setActorEmail(filter.actorEmail);
    setResourceType(filter.resourceType);
  }

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.anyAction')}
        data={AUDIT_ACTIONS.map((action) => ({
          value: action,
          label: t(`audit.actions.${action}`),
        }))}
        value={filter.action}
        onChange={(value) => onChange({ action: value })}
        clearable
        w={170}
      />
      <Select
        label={t('audit.filters.outcome')}
        placeholder={t('audit.filters.anyOutcome')}
        data={AUDIT_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: t(`audit.outcomes.${outcome}`),
        }))}
        value={filter.outcome}
        onChange={(value) => onChange({ outcome: value })}
        clearable
        w={140}
      />
      <TextInput
        label={t('audit.filters.actorEmail')}
        value={actorEmail}
        onChange={(event) => {
          setActorEmail(event.currentTarget.value);
          commitText({ actorEmail: event.currentTarget.value, resourceType });
        }}
        w={190}
      />
      <TextInput
        label={t('audit.filters.resourceType')}
        value={resourceType}
        onChange={(event) => {
          setResourceType(event.currentTarget.value);
          commitText({ actorEmail, resourceType: event.currentTarget.value });
        }}
        w={140}
      />
      <DayInput
        label={t('audit.filters.from')}
        value={filter.from}
        maxDate={filter.to || undefined}
        onChange={(day) => onChange({ from: day })}
        w={160}
      />
      <DayInput
        label={t('audit.filters.to')}
        value={filter.to}
        minDate={filter.from || undefined}
        onChange={(day) => onChange({ to: day })}
        w={160}
      />
      {hasActiveFilters && (
        <Button
          variant="subtle"
          onClick={() => {
            commitText.cancel();
            onReset();
          }}
        >
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
