import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Broker } from '@khsae/domain';

import { AliasesField } from '@/components/form-sections/aliases-field';
import { CountryField } from '@/components/form-sections/country-field';
import {
  EnumSelectField,
  OptionalEnumSelectField,
} from '@/components/form-sections/enum-select-field';
import { NotesField } from '@/components/form-sections/notes-field';
import { notifySaved } from '@/components/form-sections/notify-saved';
import { PlaceField } from '@/components/form-sections/place-field';
import { RecordFormLayout } from '@/components/form-sections/record-form-layout';
import { TextField } from '@/components/form-sections/text-field';
import { useRecordForm } from '@/hooks/use-record-form';
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
      notifySaved(
        t,
        mode === 'create'
          ? t('brokers.create.success', { name: brokerName(saved) })
          : t('brokers.update.success', { name: brokerName(saved) }),
      );
      onSaved(saved);
    },
  });
  const { values, set, errors } = form;

  return (
    <RecordFormLayout
      form={form}
      aria-label={
        broker ? t('brokers.update.title', { name: brokerName(broker) }) : t('brokers.create.title')
      }
      submitLabel={broker ? t('registry.saveChanges') : t('brokers.create.submit')}
      onCancel={onCancel}
      rows={rows}
      conflictKeys={CONFLICT_KEYS}
    >
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
        <TextField form={form} name="nameLatin" label={t('brokers.fields.nameLatin')} />
      </SimpleGrid>
      <AliasesField
        form={form}
        label={t('brokers.fields.aliases')}
        description={t('brokers.fields.aliasesHint')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <EnumSelectField form={form} name="sex" enumeration="sex" label={t('brokers.fields.sex')} />
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
        <CountryField form={form} name="nationality" label={t('brokers.fields.nationality')} />
      </SimpleGrid>
      <PlaceField
        form={form}
        name="homePlace"
        errorKey="homePlaceId"
        label={t('brokers.fields.homePlace')}
        data-testid="broker-home-place"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OptionalEnumSelectField
          form={form}
          name="role"
          enumeration="brokerRole"
          label={t('brokers.fields.role')}
          required
        />
        <EnumSelectField
          form={form}
          name="legalStatus"
          enumeration="legalStatus"
          label={t('brokers.fields.legalStatus')}
        />
      </SimpleGrid>
      <NotesField form={form} label={t('brokers.fields.notes')} />
    </RecordFormLayout>
  );
}
