import type { TFunction } from 'i18next';

import type { RecruitmentChannel } from '@khsae/domain';

import type { PlaceSummary, RecordRef, RecruitmentRoute } from '@/lib/api-types';
import { patchSince, textOrNull, type FieldErrors } from '@/lib/forms';
import type { RegistryCreateBody, RegistryPatchBody } from '@/lib/registry-api';
import type { RecordFormDefinition } from '@/lib/use-record-form';

import { brokenJoins, legsBody, legsFromRoute, type LegDraft } from './route-legs';

export type DestinationKind = 'compound' | 'place';

export type RouteFormValues = {
  name: string;
  originPlace: PlaceSummary | null;
  destinationKind: DestinationKind;
  destinationCompound: RecordRef | null;
  destinationPlace: PlaceSummary | null;
  lureJob: string;
  lureChannel: RecruitmentChannel | null;
  moneyAdvanced: string | number;
  currency: string;
  firstSeen: string;
  lastSeen: string;
  notes: string;
  legs: LegDraft[];
};

const TOP_FIELDS = [
  'name',
  'originPlaceId',
  'destinationCompoundId',
  'destinationPlaceId',
  'lureJob',
  'lureChannel',
  'moneyAdvanced',
  'currency',
  'firstSeen',
  'lastSeen',
  'notes',
  'legs',
] as const;
const LEG_FIELD = /^legs\[\d+\]\.(fromPlaceId|toPlaceId|mode|departedOn|arrivedOn|brokerId|notes)$/;

/** Names of the route's fields (`legs[1].fromPlaceId` for a leg's), as the API names them. */
export type RouteFormField = (typeof TOP_FIELDS)[number] | `legs[${number}].${string}`;

export function isRouteField(field: string): field is RouteFormField {
  return (TOP_FIELDS as readonly string[]).includes(field) || LEG_FIELD.test(field);
}

export const EMPTY_ROUTE_VALUES: RouteFormValues = {
  name: '',
  originPlace: null,
  destinationKind: 'compound',
  destinationCompound: null,
  destinationPlace: null,
  lureJob: '',
  lureChannel: null,
  moneyAdvanced: '',
  currency: 'USD',
  firstSeen: '',
  lastSeen: '',
  notes: '',
  legs: [],
};

export function routeValues(route: RecruitmentRoute): RouteFormValues {
  const compound = route.destinationCompound;
  return {
    name: route.name,
    originPlace: route.originPlace,
    destinationKind: compound || !route.destinationPlace ? 'compound' : 'place',
    destinationCompound: compound
      ? { kind: 'compound', id: compound.id, label: compound.name, sublabel: compound.refCode }
      : null,
    destinationPlace: route.destinationPlace,
    lureJob: route.lureJob ?? '',
    lureChannel: route.lureChannel,
    moneyAdvanced: route.moneyAdvanced ?? '',
    currency: route.currency ?? '',
    firstSeen: route.firstSeen ?? '',
    lastSeen: route.lastSeen ?? '',
    notes: route.notes ?? '',
    legs: legsFromRoute(route),
  };
}

function money(value: string | number): number | null {
  if (value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

export function validateRoute(values: RouteFormValues, t: TFunction): FieldErrors<RouteFormField> {
  const errors: FieldErrors<RouteFormField> = {};
  if (!values.name.trim()) errors.name = t('routes.validation.nameRequired');
  if (!values.originPlace) errors.originPlaceId = t('routes.validation.originRequired');
  const amount = money(values.moneyAdvanced);
  if (
    amount !== null &&
    (Number.isNaN(amount) || amount < 0 || !/^\d+(\.\d{1,2})?$/.test(String(amount)))
  ) {
    errors.moneyAdvanced = t('routes.validation.money');
  }
  if (values.currency.trim() && !/^[A-Za-z]{3}$/.test(values.currency.trim())) {
    errors.currency = t('routes.validation.currency');
  }
  if (values.firstSeen && values.lastSeen && values.lastSeen < values.firstSeen) {
    errors.lastSeen = t('routes.validation.lastBeforeFirst');
  }
  values.legs.forEach((leg, i) => {
    if (!leg.from) errors[`legs[${i}].fromPlaceId`] = t('routes.validation.legFrom');
    if (!leg.to) errors[`legs[${i}].toPlaceId`] = t('routes.validation.legTo');
    if (!leg.mode) errors[`legs[${i}].mode`] = t('routes.validation.legMode');
    if (leg.departedOn && leg.arrivedOn && leg.arrivedOn < leg.departedOn) {
      errors[`legs[${i}].arrivedOn`] = t('routes.validation.legDates');
    }
  });
  for (const i of brokenJoins(values.legs)) {
    errors[`legs[${i}].fromPlaceId`] = t('routes.validation.legChain');
  }
  return errors;
}

export function routeBody(values: RouteFormValues): RegistryCreateBody<'routes'> {
  const toCompound = values.destinationKind === 'compound';
  return {
    name: values.name.trim(),
    originPlaceId: values.originPlace?.id ?? '',
    destinationCompoundId: toCompound ? (values.destinationCompound?.id ?? null) : null,
    destinationPlaceId: toCompound ? null : (values.destinationPlace?.id ?? null),
    lureJob: textOrNull(values.lureJob),
    lureChannel: values.lureChannel,
    moneyAdvanced: money(values.moneyAdvanced),
    currency: textOrNull(values.currency)?.toUpperCase() ?? null,
    firstSeen: values.firstSeen || null,
    lastSeen: values.lastSeen || null,
    notes: textOrNull(values.notes),
    legs: legsBody(values.legs),
  };
}

export const routeForm: RecordFormDefinition<
  RecruitmentRoute,
  RouteFormValues,
  RouteFormField,
  RegistryCreateBody<'routes'>
> = {
  kind: 'route',
  name: (route) => route.name,
  empty: EMPTY_ROUTE_VALUES,
  valuesOf: routeValues,
  validate: validateRoute,
  fields: isRouteField,
  body: routeBody,
};

/** What changed; a change to any leg sends the whole ordered list, which replaces the old one. */
export function routePatch(
  base: RecruitmentRoute,
  values: RouteFormValues,
): RegistryPatchBody<'routes'> | null {
  return patchSince(base, values, routeForm);
}

export function routeRef(route: RecruitmentRoute): RecordRef {
  return { kind: 'route', id: route.id, label: route.name, sublabel: route.refCode };
}
