import type { TFunction } from 'i18next';

import type { BrokerRole, LegalStatus, Sex } from '@khsae/domain';

import type { Broker, PlaceSummary } from '@/lib/api-types';
import { intOrNull, textOrNull, type FieldErrors } from '@/lib/forms';
import type { RegistryCreateBody } from '@/lib/registry-api';
import type { RecordFormDefinition } from '@/lib/use-record-form';

import { brokerName } from './broker-names';

export type BrokerFormValues = {
  nameKm: string;
  nameLatin: string;
  aliases: string[];
  sex: Sex;
  birthYear: string | number;
  nationality: string | null;
  homePlace: PlaceSummary | null;
  role: BrokerRole | null;
  legalStatus: LegalStatus;
  notes: string;
};

export const BROKER_FORM_FIELDS = [
  'nameKm',
  'nameLatin',
  'aliases',
  'sex',
  'birthYear',
  'nationality',
  'homePlaceId',
  'role',
  'legalStatus',
  'notes',
] as const;
export type BrokerFormField = (typeof BROKER_FORM_FIELDS)[number];

export const EMPTY_BROKER_VALUES: BrokerFormValues = {
  nameKm: '',
  nameLatin: '',
  aliases: [],
  sex: 'unknown',
  birthYear: '',
  nationality: 'KH',
  homePlace: null,
  role: null,
  legalStatus: 'unknown',
  notes: '',
};

export function brokerValues(broker: Broker): BrokerFormValues {
  return {
    nameKm: broker.nameKm ?? '',
    nameLatin: broker.nameLatin ?? '',
    aliases: broker.aliases,
    sex: broker.sex,
    birthYear: broker.birthYear ?? '',
    nationality: broker.nationality,
    homePlace: broker.homePlace,
    role: broker.role,
    legalStatus: broker.legalStatus,
    notes: broker.notes ?? '',
  };
}

// Client checks only spare a round trip; the server's answer is authoritative.
export function validateBroker(
  values: BrokerFormValues,
  t: TFunction,
  thisYear = new Date().getFullYear(),
): FieldErrors<BrokerFormField> {
  const errors: FieldErrors<BrokerFormField> = {};
  if (!values.nameKm.trim() && !values.nameLatin.trim() && values.aliases.length === 0) {
    errors.nameLatin = t('brokers.validation.nameRequired');
  }
  const year = intOrNull(values.birthYear);
  if (year !== null && (Number.isNaN(year) || year < 1900 || year > thisYear)) {
    errors.birthYear = t('brokers.validation.birthYear');
  }
  if (!values.role) errors.role = t('brokers.validation.roleRequired');
  return errors;
}

/** The body to create a broker from valid form values. */
export function brokerBody(values: BrokerFormValues): RegistryCreateBody<'brokers'> {
  return {
    nameKm: textOrNull(values.nameKm),
    nameLatin: textOrNull(values.nameLatin),
    aliases: values.aliases.map((a) => a.trim()).filter(Boolean),
    sex: values.sex,
    birthYear: intOrNull(values.birthYear),
    nationality: values.nationality,
    homePlaceId: values.homePlace?.id ?? null,
    role: values.role ?? 'other',
    legalStatus: values.legalStatus,
    notes: textOrNull(values.notes),
  };
}

export const brokerForm: RecordFormDefinition<
  Broker,
  BrokerFormValues,
  BrokerFormField,
  RegistryCreateBody<'brokers'>
> = {
  kind: 'broker',
  name: brokerName,
  empty: EMPTY_BROKER_VALUES,
  valuesOf: brokerValues,
  validate: validateBroker,
  fields: BROKER_FORM_FIELDS,
  body: brokerBody,
};
