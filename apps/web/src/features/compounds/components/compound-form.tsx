import { NumberInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Compound } from '@khsae/domain';

import { AliasesField } from '@/components/form-sections/aliases-field';
import { CountryField } from '@/components/form-sections/country-field';
import { EnumMultiSelectField } from '@/components/form-sections/enum-multi-select-field';
import { EnumSelectField } from '@/components/form-sections/enum-select-field';
import { NotesField } from '@/components/form-sections/notes-field';
import { notifySaved } from '@/components/form-sections/notify-saved';
import { PlaceField } from '@/components/form-sections/place-field';
import { RecordFormLayout } from '@/components/form-sections/record-form-layout';
import { TextField } from '@/components/form-sections/text-field';
import { useRecordForm } from '@/hooks/use-record-form';

import { useCreateCompound, useUpdateCompound } from '../api/compound-mutations';
import {
  COMPOUND_FORM_FIELDS,
  compoundBody,
  compoundPatch,
  compoundValues,
  EMPTY_COMPOUND_VALUES,
  validateCompound,
} from '../compound-form-values';
import { useCompoundRows } from './use-compound-rows';

const CONFLICT_KEYS = [
  'name',
  'aliases',
  'status',
  'countryCode',
  'place',
  'address',
  'operator',
  'scamTypes',
  'indicators',
  'notes',
];

export type CompoundFormProps = {
  compound: Compound | null;
  onSaved: (compound: Compound) => void;
  onCancel: () => void;
};

export function CompoundForm({ compound, onSaved, onCancel }: CompoundFormProps) {
  const { t } = useTranslation();
  const rows = useCompoundRows();
  const form = useRecordForm({
    record: compound,
    empty: EMPTY_COMPOUND_VALUES,
    valuesOf: compoundValues,
    validate: (values) => validateCompound(values, t),
    fields: COMPOUND_FORM_FIELDS,
    body: compoundBody,
    patch: compoundPatch,
    create: useCreateCompound(),
    update: useUpdateCompound(),
    onSaved: (saved, mode) => {
      notifySaved(
        t,
        mode === 'create'
          ? t('compounds.create.success', { name: saved.name })
          : t('compounds.update.success', { name: saved.name }),
      );
      onSaved(saved);
    },
  });
  const { values, set, errors } = form;

  return (
    <RecordFormLayout
      form={form}
      aria-label={
        compound
          ? t('compounds.update.title', { name: compound.name })
          : t('compounds.create.title')
      }
      submitLabel={compound ? t('registry.saveChanges') : t('compounds.create.submit')}
      onCancel={onCancel}
      rows={rows}
      conflictKeys={CONFLICT_KEYS}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField
          form={form}
          name="name"
          label={t('compounds.fields.name')}
          required
          data-autofocus
        />
        <EnumSelectField
          form={form}
          name="status"
          enumeration="compoundStatus"
          label={t('compounds.fields.status')}
        />
      </SimpleGrid>
      <AliasesField
        form={form}
        label={t('compounds.fields.aliases')}
        description={t('compounds.fields.aliasesHint')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountryField
          form={form}
          name="countryCode"
          label={t('compounds.fields.countryCode')}
          required
        />
        <PlaceField
          form={form}
          name="place"
          errorKey="placeId"
          label={t('compounds.fields.place')}
        />
      </SimpleGrid>
      <TextField form={form} name="address" label={t('compounds.fields.address')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={t('compounds.fields.lat')}
          value={values.lat}
          onChange={(value) => set('lat', value)}
          error={errors.lat}
          min={-90}
          max={90}
          decimalScale={7}
          hideControls
        />
        <NumberInput
          label={t('compounds.fields.lng')}
          value={values.lng}
          onChange={(value) => set('lng', value)}
          error={errors.lng}
          min={-180}
          max={180}
          decimalScale={7}
          hideControls
        />
        <TextField form={form} name="operator" label={t('compounds.fields.operator')} />
      </SimpleGrid>
      <EnumMultiSelectField
        form={form}
        name="scamTypes"
        enumeration="scamType"
        label={t('compounds.fields.scamTypes')}
      />
      <EnumMultiSelectField
        form={form}
        name="indicators"
        enumeration="compoundIndicator"
        label={t('compounds.fields.indicators')}
      />
      <NotesField form={form} label={t('compounds.fields.notes')} />
    </RecordFormLayout>
  );
}
