import { Alert, SimpleGrid, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CountrySelect } from '@/components/country-select';
import { EnumMultiSelect, EnumSelect } from '@/components/enum-select';
import { LockIcon } from '@/components/icons';
import { usePickers } from '@/components/pickers';
import { RecordFormLayout, useRegistryForm, type RecordFormEnds } from '@/components/record-form';
import { DayInput } from '@/components/day-input';
import type { Victim } from '@/lib/api-types';

import { useCreateVictim, useUpdateVictim } from '../api/victim-mutations';
import { victimForm } from '../victim-form-values';
import { useVictimRows } from './use-victim-rows';

export type VictimFormProps = RecordFormEnds<Victim> & {
  victim: Victim | null;
};

export function VictimForm({ victim, onSaved, onCancel }: VictimFormProps) {
  const { t } = useTranslation();
  const { PlacePicker } = usePickers();
  const form = useRegistryForm(victimForm, {
    record: victim,
    create: useCreateVictim(),
    update: useUpdateVictim(),
    onSaved,
  });

  return (
    <RecordFormLayout form={form} rows={useVictimRows()} onCancel={onCancel}>
      {!victim && (
        <Alert color="grape" variant="light" icon={<LockIcon />}>
          {t('victims.create.identityLater')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <EnumSelect
          enumeration="victimStatus"
          label={t('victims.fields.status')}
          {...form.field('status')}
          allowDeselect={false}
          data-autofocus
        />
        <EnumSelect
          enumeration="sex"
          label={t('victims.fields.sex')}
          {...form.field('sex')}
          allowDeselect={false}
        />
        <EnumSelect
          enumeration="ageBand"
          label={t('victims.fields.ageBand')}
          {...form.field('ageBand')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountrySelect label={t('victims.fields.nationality')} {...form.field('nationality')} />
        <DayInput label={t('victims.fields.recruitedOn')} {...form.field('recruitedOn')} />
      </SimpleGrid>
      <PlacePicker
        label={t('victims.fields.homePlace')}
        {...form.field('homePlace', 'homePlaceId')}
        data-testid="victim-home-place"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('victims.fields.jobPromised')} {...form.field('jobPromised')} />
        <EnumSelect
          enumeration="recruitmentChannel"
          label={t('victims.fields.recruitmentChannel')}
          {...form.field('recruitmentChannel')}
          clearable
        />
      </SimpleGrid>
      <EnumSelect
        enumeration="exploitationType"
        label={t('victims.fields.exploitationType')}
        {...form.field('exploitationType')}
        clearable
      />
      <EnumMultiSelect
        enumeration="meansOfControl"
        label={t('victims.fields.meansOfControl')}
        {...form.field('meansOfControl')}
        searchable
      />
      <Switch
        label={t('victims.fields.consentToShare')}
        description={t('victims.fields.consentToShareHint')}
        {...form.getInputProps('consentToShare', { type: 'checkbox' })}
      />
      <Textarea label={t('victims.fields.notes')} {...form.field('notes')} autosize minRows={3} />
    </RecordFormLayout>
  );
}
