import { NumberInput, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CountrySelect } from '@/components/country-select';
import { EnumSelect } from '@/components/enum-select';
import { usePickers } from '@/components/pickers';
import { RecordFormLayout, useRegistryForm, type RecordFormEnds } from '@/components/record-form';
import type { Broker } from '@/lib/api-types';
import { KHMER_FONT_STACK } from '@/lib/script';

import { useCreateBroker, useUpdateBroker } from '../api/broker-mutations';
import { brokerForm } from '../broker-form-values';
import { useBrokerRows } from './use-broker-rows';

export type BrokerFormProps = RecordFormEnds<Broker> & {
  /** The broker to edit; none to record a new one. */
  broker: Broker | null;
};

export function BrokerForm({ broker, onSaved, onCancel }: BrokerFormProps) {
  const { t } = useTranslation();
  const { PlacePicker } = usePickers();
  const form = useRegistryForm(brokerForm, {
    record: broker,
    create: useCreateBroker(),
    update: useUpdateBroker(),
    onSaved,
  });

  return (
    <RecordFormLayout form={form} rows={useBrokerRows()} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('brokers.fields.nameKm')}
          lang="km"
          {...form.field('nameKm')}
          styles={{ input: { fontFamily: KHMER_FONT_STACK } }}
          data-autofocus
        />
        <TextInput label={t('brokers.fields.nameLatin')} {...form.field('nameLatin')} />
      </SimpleGrid>
      <TagsInput
        label={t('brokers.fields.aliases')}
        description={t('brokers.fields.aliasesHint')}
        {...form.field('aliases')}
        clearable
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <EnumSelect
          enumeration="sex"
          label={t('brokers.fields.sex')}
          {...form.field('sex')}
          allowDeselect={false}
        />
        <NumberInput
          label={t('brokers.fields.birthYear')}
          {...form.field('birthYear')}
          min={1900}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          hideControls
        />
        <CountrySelect label={t('brokers.fields.nationality')} {...form.field('nationality')} />
      </SimpleGrid>
      <PlacePicker
        label={t('brokers.fields.homePlace')}
        {...form.field('homePlace', 'homePlaceId')}
        data-testid="broker-home-place"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <EnumSelect
          enumeration="brokerRole"
          label={t('brokers.fields.role')}
          {...form.field('role')}
          required
        />
        <EnumSelect
          enumeration="legalStatus"
          label={t('brokers.fields.legalStatus')}
          {...form.field('legalStatus')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Textarea label={t('brokers.fields.notes')} {...form.field('notes')} autosize minRows={3} />
    </RecordFormLayout>
  );
}
