import {
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import type { Compound } from '@khsae/domain';

import { CountrySelect } from '@/components/country-select';
import { usePickers } from '@/components/pickers';
import { RecordFormFrame } from '@/components/record-form-frame';
import { useRecordForm } from '@/hooks/use-record-form';
import { enumOptions, isEnumValue } from '@/lib/enumerations';
import { differingKeys } from '@/lib/forms';

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
  const { PlacePicker } = usePickers();
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
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'green',
        message:
          mode === 'create'
            ? t('compounds.create.success', { name: saved.name })
            : t('compounds.update.success', { name: saved.name }),
      });
      onSaved(saved);
    },
  });
  const { values, set, errors } = form;

  return (
    <RecordFormFrame
      aria-label={
        compound
          ? t('compounds.update.title', { name: compound.name })
          : t('compounds.create.title')
      }
      onSubmit={form.submit}
      onCancel={onCancel}
      submitLabel={compound ? t('registry.saveChanges') : t('compounds.create.submit')}
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('compounds.fields.name')}
            value={values.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={errors.name}
            required
            data-autofocus
          />
          <Select
            label={t('compounds.fields.status')}
            data={enumOptions(t, 'compoundStatus')}
            value={values.status}
            onChange={(value) => isEnumValue('compoundStatus', value) && set('status', value)}
            allowDeselect={false}
            error={errors.status}
          />
        </SimpleGrid>
        <TagsInput
          label={t('compounds.fields.aliases')}
          description={t('compounds.fields.aliasesHint')}
          value={values.aliases}
          onChange={(aliases) => set('aliases', aliases)}
          error={errors.aliases}
          clearable
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountrySelect
            label={t('compounds.fields.countryCode')}
            value={values.countryCode}
            onChange={(value) => set('countryCode', value)}
            error={errors.countryCode}
            required
          />
          <PlacePicker
            label={t('compounds.fields.place')}
            value={values.place}
            onChange={(place) => set('place', place)}
            error={errors.placeId}
          />
        </SimpleGrid>
        <TextInput
          label={t('compounds.fields.address')}
          value={values.address}
          onChange={(event) => set('address', event.currentTarget.value)}
          error={errors.address}
        />
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
          <TextInput
            label={t('compounds.fields.operator')}
            value={values.operator}
            onChange={(event) => set('operator', event.currentTarget.value)}
            error={errors.operator}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('compounds.fields.scamTypes')}
          data={enumOptions(t, 'scamType')}
          value={values.scamTypes}
          onChange={(list) =>
            set(
              'scamTypes',
              list.filter((v) => isEnumValue('scamType', v)),
            )
          }
          error={errors.scamTypes}
          clearable
        />
        <MultiSelect
          label={t('compounds.fields.indicators')}
          data={enumOptions(t, 'compoundIndicator')}
          value={values.indicators}
          onChange={(list) =>
            set(
              'indicators',
              list.filter((v) => isEnumValue('compoundIndicator', v)),
            )
          }
          error={errors.indicators}
          clearable
        />
        <Textarea
          label={t('compounds.fields.notes')}
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
