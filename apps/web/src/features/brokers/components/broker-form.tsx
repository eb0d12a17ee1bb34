import {
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

import type { Broker } from '@khsae/domain';

import { CountrySelect } from '@/components/country-select';
import { usePickers } from '@/components/pickers';
import { RecordFormFrame } from '@/components/record-form-frame';
import { useRecordForm } from '@/hooks/use-record-form';
import { enumOptions, isEnumValue } from '@/lib/enumerations';
import { differingKeys } from '@/lib/forms';
import { KHMER_FONT_STACK } from '@/lib/script';

import { useCreateBroker, useUpdateBroker } from '../api/broker-mutations';
import {
  BROKER_FORM_FIELDS,
  brokerBody,
  brokerPatch,
  brokerValues,
  EMPTY_BROKER_VALUES,
  validateBroker,
} from '../broker-form-values';
import { brokerName } from '../broker-names';
import { useBrokerRows } from './use-broker-rows';

const CONFLICT_KEYS = [
  'nameKm',
  'nameLatin',
  'aliases',
  'sex',
  'birthYear',
  'nationality',
  'homePlace',
  'role',
  'legalStatus',
  'notes',
];

export type BrokerFormProps = {
  /** The broker to edit; none to record a new one. */
  broker: Broker | null;
  onSaved: (broker: Broker) => void;
  onCancel: () => void;
};

export function BrokerForm({ broker, onSaved, onCancel }: BrokerFormProps) {
  const { t } = useTranslation();
  const { PlacePicker } = usePickers();
  const rows = useBrokerRows();
  const form = useRecordForm({
    record: broker,
    empty: EMPTY_BROKER_VALUES,
    valuesOf: brokerValues,
    validate: (values) => validateBroker(values, { t, thisYear: new Date().getFullYear() }),
    fields: BROKER_FORM_FIELDS,
    body: brokerBody,
    patch: brokerPatch,
    create: useCreateBroker(),
    update: useUpdateBroker(),
    onSaved: (saved, mode) => {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'green',
        message:
          mode === 'create'
            ? t('brokers.create.success', { name: brokerName(saved) })
            : t('brokers.update.success', { name: brokerName(saved) }),
      });
      onSaved(saved);
    },
  });
  const { values, set, errors } = form;

  return (
    <RecordFormFrame
      aria-label={
        broker ? t('brokers.update.title', { name: brokerName(broker) }) : t('brokers.create.title')
      }
      onSubmit={form.submit}
      onCancel={onCancel}
      submitLabel={broker ? t('registry.saveChanges') : t('brokers.create.submit')}
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
            label={t('brokers.fields.nameKm')}
            lang="km"
            value={values.nameKm}
            onChange={(event) => set('nameKm', event.currentTarget.value)}
            error={errors.nameKm}
            styles={{ input: { fontFamily: KHMER_FONT_STACK } }}
            data-autofocus
          />
          <TextInput
            label={t('brokers.fields.nameLatin')}
            value={values.nameLatin}
            onChange={(event) => set('nameLatin', event.currentTarget.value)}
            error={errors.nameLatin}
          />
        </SimpleGrid>
        <TagsInput
          label={t('brokers.fields.aliases')}
          description={t('brokers.fields.aliasesHint')}
          value={values.aliases}
          onChange={(aliases) => set('aliases', aliases)}
          error={errors.aliases}
          clearable
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('brokers.fields.sex')}
            data={enumOptions(t, 'sex')}
            value={values.sex}
            onChange={(value) => isEnumValue('sex', value) && set('sex', value)}
            allowDeselect={false}
            error={errors.sex}
          />
          <NumberInput
            label={t('brokers.fields.birthYear')}
            value={values.birthYear}
            onChange={(value) => set('birthYear', value)}
            min={1900}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            hideControls
            error={errors.birthYear}
          />
          <CountrySelect
            label={t('brokers.fields.nationality')}
            value={values.nationality}
            onChange={(value) => set('nationality', value)}
            error={errors.nationality}
          />
        </SimpleGrid>
        <PlacePicker
          label={t('brokers.fields.homePlace')}
          value={values.homePlace}
          onChange={(place) => set('homePlace', place)}
          error={errors.homePlaceId}
          data-testid="broker-home-place"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('brokers.fields.role')}
            data={enumOptions(t, 'brokerRole')}
            value={values.role}
            onChange={(value) => set('role', isEnumValue('brokerRole', value) ? value : null)}
            required
            error={errors.role}
          />
          <Select
            label={t('brokers.fields.legalStatus')}
            data={enumOptions(t, 'legalStatus')}
            value={values.legalStatus}
            onChange={(value) => isEnumValue('legalStatus', value) && set('legalStatus', value)}
            allowDeselect={false}
            error={errors.legalStatus}
          />
        </SimpleGrid>
        <Textarea
          label={t('brokers.fields.notes')}
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
