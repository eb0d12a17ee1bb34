import { NumberInput, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CountrySelect } from '@/components/country-select';
import { EnumMultiSelect, EnumSelect } from '@/components/enum-select';
import { usePickers } from '@/components/pickers';
import { RecordFormLayout, useRegistryForm, type RecordFormEnds } from '@/components/record-form';
import type { Compound } from '@/lib/api-types';

import { useCreateCompound, useUpdateCompound } from '../api/compound-mutations';
import { compoundForm } from '../compound-form-values';
import { useCompoundRows } from './use-compound-rows';

export type CompoundFormProps = RecordFormEnds<Compound> & {
  compound: Compound | null;
};

export function CompoundForm({ compound, onSaved, onCancel }: CompoundFormProps) {
  const { t } = useTranslation();
  const { PlacePicker } = usePickers();
  const form = useRegistryForm(compoundForm, {
    record: compound,
    create: useCreateCompound(),
    update: useUpdateCompound(),
    onSaved,
  });

  return (
    <RecordFormLayout form={form} rows={useCompoundRows()} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('compounds.fields.name')}
          {...form.field('name')}
          required
          data-autofocus
        />
        <EnumSelect
          enumeration="compoundStatus"
          label={t('compounds.fields.status')}
          {...form.field('status')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <TagsInput
        label={t('compounds.fields.aliases')}
        description={t('compounds.fields.aliasesHint')}
        {...form.field('aliases')}
        clearable
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountrySelect
          label={t('compounds.fields.countryCode')}
          {...form.field('countryCode')}
          required
        />
        <PlacePicker label={t('compounds.fields.place')} {...form.field('place', 'placeId')} />
      </SimpleGrid>
      <TextInput label={t('compounds.fields.address')} {...form.field('address')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={t('compounds.fields.lat')}
          {...form.field('lat')}
          min={-90}
          max={90}
          decimalScale={7}
          hideControls
        />
        <NumberInput
          label={t('compounds.fields.lng')}
          {...form.field('lng')}
          min={-180}
          max={180}
          decimalScale={7}
          hideControls
        />
        <TextInput label={t('compounds.fields.operator')} {...form.field('operator')} />
      </SimpleGrid>
      <EnumMultiSelect
        enumeration="scamType"
        label={t('compounds.fields.scamTypes')}
        {...form.field('scamTypes')}
      />
      <EnumMultiSelect
        enumeration="compoundIndicator"
        label={t('compounds.fields.indicators')}
        {...form.field('indicators')}
      />
      <Textarea label={t('compounds.fields.notes')} {...form.field('notes')} autosize minRows={3} />
    </RecordFormLayout>
  );
}
