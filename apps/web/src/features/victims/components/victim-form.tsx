import {
  Alert,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import type { Victim } from '@khsae/domain';

import { CountrySelect } from '@/components/country-select';
import { LockIcon } from '@/components/icons';
import { usePickers } from '@/components/pickers';
import { RecordFormFrame } from '@/components/record-form-frame';
import { useRecordForm } from '@/hooks/use-record-form';
import { enumOptions, isEnumValue } from '@/lib/enumerations';
import { differingKeys } from '@/lib/forms';

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
  const { PlacePicker } = usePickers();
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
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'green',
        message:
          mode === 'create'
            ? t('victims.create.success', { code: saved.code })
            : t('victims.update.success', { code: saved.code }),
      });
      onSaved(saved);
    },
  });
  const { values, set, errors } = form;

  return (
    <RecordFormFrame
      aria-label={
        victim ? t('victims.update.title', { code: victim.code }) : t('victims.create.title')
      }
      onSubmit={form.submit}
      onCancel={onCancel}
      submitLabel={victim ? t('registry.saveChanges') : t('victims.create.submit')}
      pending={form.pending}
      formError={form.formError}
      noChanges={form.noChanges}
      conflict={
        form.conflict && form.base
          ? {
              current: rows(form.conflict),
              changed: differingKeys(form.base, form.conflict, CONFLICT_KEYS),
              onReload: () => form.conflict && form.reload(form.conflict),
            }
          : null
      }
    >
      <Stack gap="md">
        {!victim && (
          <Alert color="grape" variant="light" icon={<LockIcon />}>
            {t('victims.create.identityLater')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('victims.fields.status')}
            data={enumOptions(t, 'victimStatus')}
            value={values.status}
            onChange={(value) => isEnumValue('victimStatus', value) && set('status', value)}
            allowDeselect={false}
            error={errors.status}
            data-autofocus
          />
          <Select
            label={t('victims.fields.sex')}
            data={enumOptions(t, 'sex')}
            value={values.sex}
            onChange={(value) => isEnumValue('sex', value) && set('sex', value)}
            allowDeselect={false}
            error={errors.sex}
          />
          <Select
            label={t('victims.fields.ageBand')}
            data={enumOptions(t, 'ageBand')}
            value={values.ageBand}
            onChange={(value) => isEnumValue('ageBand', value) && set('ageBand', value)}
            allowDeselect={false}
            error={errors.ageBand}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountrySelect
            label={t('victims.fields.nationality')}
            value={values.nationality}
            onChange={(value) => set('nationality', value)}
            error={errors.nationality}
          />
          <TextInput
            type="date"
            label={t('victims.fields.recruitedOn')}
            value={values.recruitedOn}
            onChange={(event) => set('recruitedOn', event.currentTarget.value)}
            error={errors.recruitedOn}
          />
        </SimpleGrid>
        <PlacePicker
          label={t('victims.fields.homePlace')}
          value={values.homePlace}
          onChange={(place) => set('homePlace', place)}
          error={errors.homePlaceId}
          data-testid="victim-home-place"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('victims.fields.jobPromised')}
            value={values.jobPromised}
            onChange={(event) => set('jobPromised', event.currentTarget.value)}
            error={errors.jobPromised}
          />
          <Select
            label={t('victims.fields.recruitmentChannel')}
            data={enumOptions(t, 'recruitmentChannel')}
            value={values.recruitmentChannel}
            onChange={(value) =>
              set('recruitmentChannel', isEnumValue('recruitmentChannel', value) ? value : null)
            }
            clearable
            error={errors.recruitmentChannel}
          />
        </SimpleGrid>
        <Select
          label={t('victims.fields.exploitationType')}
          data={enumOptions(t, 'exploitationType')}
          value={values.exploitationType}
          onChange={(value) =>
            set('exploitationType', isEnumValue('exploitationType', value) ? value : null)
          }
          clearable
          error={errors.exploitationType}
        />
        <MultiSelect
          label={t('victims.fields.meansOfControl')}
          data={enumOptions(t, 'meansOfControl')}
          value={values.meansOfControl}
          onChange={(list) =>
            set(
              'meansOfControl',
              list.filter((v) => isEnumValue('meansOfControl', v)),
            )
          }
          error={errors.meansOfControl}
          searchable
          clearable
        />
        <Switch
          label={t('victims.fields.consentToShare')}
          description={t('victims.fields.consentToShareHint')}
          checked={values.consentToShare}
          onChange={(event) => set('consentToShare', event.currentTarget.checked)}
          error={errors.consentToShare}
        />
        <Textarea
          label={t('victims.fields.notes')}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={3}
        />
      </Stack>
    </RecordFormFrame>
  );
}
