import type { TFunction } from 'i18next';

import type { CompoundIndicator, CompoundStatus, ScamType } from '@khsae/domain';

import type { Compound, PlaceSummary, RecordRef } from '@/lib/api-types';
import { textOrNull, type FieldErrors } from '@/lib/forms';
import type { RegistryCreateBody } from '@/lib/registry-api';
import type { RecordFormDefinition } from '@/lib/use-record-form';

export type CompoundFormValues = {
  name: string;
  aliases: string[];
  countryCode: string | null;
  place: PlaceSummary | null;
  address: string;
  lat: string | number;
  lng: string | number;
  operator: string;
  scamTypes: ScamType[];
  status: CompoundStatus;
  indicators: CompoundIndicator[];
  notes: string;
};

export const COMPOUND_FORM_FIELDS = [
  'name',
  'aliases',
  'countryCode',
  'placeId',
  'address',
  'lat',
  'lng',
  'operator',
  'scamTypes',
  'status',
  'indicators',
  'notes',
] as const;
export type CompoundFormField = (typeof COMPOUND_FORM_FIELDS)[number];

export const EMPTY_COMPOUND_VALUES: CompoundFormValues = {
  name: '',
  aliases: [],
  countryCode: null,
  place: null,
  address: '',
  lat: '',
  lng: '',
  operator: '',
  scamTypes: [],
  status: 'suspected',
  indicators: [],
  notes: '',
};

export function compoundValues(compound: Compound): CompoundFormValues {
  return {
    name: compound.name,
    aliases: compound.aliases,
    countryCode: compound.countryCode,
    place: compound.place,
    address: compound.address ?? '',
    lat: compound.lat ?? '',
    lng: compound.lng ?? '',
    operator: compound.operator ?? '',
    scamTypes: compound.scamTypes,
    status: compound.status,
    indicators: compound.indicators,
    notes: compound.notes ?? '',
  };
}

function coordinate(value: string | number): number | null {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

export function validateCompound(
  values: CompoundFormValues,
  t: TFunction,
): FieldErrors<CompoundFormField> {
  const errors: FieldErrors<CompoundFormField> = {};
  if (!values.name.trim()) errors.name = t('compounds.validation.nameRequired');
  if (!values.countryCode) errors.countryCode = t('compounds.validation.countryRequired');
  const lat = coordinate(values.lat);
  if (lat !== null && (Number.isNaN(lat) || lat < -90 || lat > 90))
    errors.lat = t('compounds.validation.lat');
  const lng = coordinate(values.lng);
  if (lng !== null && (Number.isNaN(lng) || lng < -180 || lng > 180))
    errors.lng = t('compounds.validation.lng');
  return errors;
}

export function compoundBody(values: CompoundFormValues): RegistryCreateBody<'compounds'> {
  return {
    name: values.name.trim(),
    aliases: values.aliases.map((a) => a.trim()).filter(Boolean),
    countryCode: values.countryCode ?? '',
    placeId: values.place?.id ?? null,
    address: textOrNull(values.address),
    lat: coordinate(values.lat),
    lng: coordinate(values.lng),
    operator: textOrNull(values.operator),
    scamTypes: values.scamTypes,
    status: values.status,
    indicators: values.indicators,
    notes: textOrNull(values.notes),
  };
}

export const compoundForm: RecordFormDefinition<
  Compound,
  CompoundFormValues,
  CompoundFormField,
  RegistryCreateBody<'compounds'>
> = {
  kind: 'compound',
  name: (compound) => compound.name,
  empty: EMPTY_COMPOUND_VALUES,
  valuesOf: compoundValues,
  validate: validateCompound,
  fields: COMPOUND_FORM_FIELDS,
  body: compoundBody,
};

export function compoundRef(compound: Compound): RecordRef {
  return {
    kind: 'compound',
    id: compound.id,
    label: compound.name,
    sublabel: `${compound.refCode} · ${compound.countryCode}`,
  };
}
