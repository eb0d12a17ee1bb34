import { Alert, SimpleGrid, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Victim } from '@khsae/domain';

import { CountryField } from '@/components/form-sections/country-field';
import { EnumMultiSelectField } from '@/components/form-sections/enum-multi-select-field';
import {
  EnumSelectField,
  OptionalEnumSelectField,
} from '@/components/form-sections/enum-select-field';
import { NotesField } from '@/components/form-sections/notes-field';
import { notifySaved } from '@/components/form-sections/notify-saved';
import { PlaceField } from '@/components/form-sections/place-field';
import { RecordFormLayout } from '@/components/form-sections/record-form-layout';
import { TextField } from '@/components/form-sections/text-field';
import { LockIcon } from '@/components/icons';
import { useRecordForm } from '@/hooks/use-record-form';

import { useCreateVictim, useUpdateVictim } from '../api/victim-mutations';
import {
  EMPTY_VICTIM_VALUES,
  validateVictim,
  VICTIM_FORM_FIELDS,
  victimBody,
  victimPatch,
  victimValues,
} from '../victim-form-values';
import { useVictimRows } from './use-victim-rows';

const CONFLICT_KEYS = [
  'status',
  'sex',
  'ageBand',
  'nationality',
  'homePlace',
  'recruitedOn',
  'jobPromised',
  'recruitmentChannel',
  'exploitationType',
  'meansOfControl',
  'consentToShare',
  'notes',
];

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export type VictimFormProps = {
  victim: Victim | null;
  onSaved: (victim: Victim) => void;
  onCancel: () => void;
};

export function VictimForm({ victim, onSaved, onCancel }: VictimFormProps) {
  const { t } = useTranslation();
  const rows = useVictimRows();
  const form = useRecordForm({
    record: victim,
    empty: EMPTY_VICTIM_VALUES,
    valuesOf: victimValues,
    validate: (values) => validateVictim(values, { t, today: today() }),
    fields: VICTIM_FORM_FIELDS,
    body: victimBody,
    patch: victimPatch,
    create: useCreateVictim(),
    update: useUpdateVictim(),
    onSaved: (saved, mode) => {
      notifySaved(
        t,
        mode === 'create'
          ? t('victims.create.success', { code: saved.code })
          : t('victims.update.success', { code: saved.code }),
      );
      onSaved(saved);
    },
  });
  const { values, set, errors } = form;

  return (
    <RecordFormLayout
      form={form}
      aria-label={
        victim ? t('victims.update.title', { code: victim.code }) : t('victims.create.title')
      }
      submitLabel={victim ? t('registry.saveChanges') : t('victims.create.submit')}
      onCancel={onCancel}
      rows={rows}
      conflictKeys={CONFLICT_KEYS}
    >
      {!victim && (
        <Alert color="grape" variant="light" icon={<LockIcon />}>
          {t('victims.create.identityLater')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <EnumSelectField
          form={form}
          name="status"
          enumeration="victimStatus"
          label={t('victims.fields.status')}
          data-autofocus
        />
        <EnumSelectField form={form} name="sex" enumeration="sex" label={t('victims.fields.sex')} />
        <EnumSelectField
          form={form}
          name="ageBand"
          enumeration="ageBand"
          label={t('victims.fields.ageBand')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountryField form={form} name="nationality" label={t('victims.fields.nationality')} />
        <TextField
          form={form}
          name="recruitedOn"
          type="date"
          label={t('victims.fields.recruitedOn')}
        />
      </SimpleGrid>
      <PlaceField
        form={form}
        name="homePlace"
        errorKey="homePlaceId"
        label={t('victims.fields.homePlace')}
        data-testid="victim-home-place"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField form={form} name="jobPromised" label={t('victims.fields.jobPromised')} />
        <OptionalEnumSelectField
          form={form}
          name="recruitmentChannel"
          enumeration="recruitmentChannel"
          label={t('victims.fields.recruitmentChannel')}
          clearable
        />
      </SimpleGrid>
      <OptionalEnumSelectField
        form={form}
        name="exploitationType"
        enumeration="exploitationType"
        label={t('victims.fields.exploitationType')}
        clearable
      />
      <EnumMultiSelectField
        form={form}
        name="meansOfControl"
        enumeration="meansOfControl"
        label={t('victims.fields.meansOfControl')}
        searchable
      />
      <Switch
        label={t('victims.fields.consentToShare')}
        description={t('victims.fields.consentToShareHint')}
        checked={values.consentToShare}
        onChange={(event) => set('consentToShare', event.currentTarget.checked)}
        error={errors.consentToShare}
      />
      <NotesField form={form} label={t('victims.fields.notes')} />
    </RecordFormLayout>
  );
}
