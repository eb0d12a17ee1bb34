import type { TFunction } from 'i18next';

import {
  AGE_BANDS,
  BROKER_ROLES,
  COMPOUND_INDICATORS,
  COMPOUND_STATUSES,
  CONFIDENCE_GRADES,
  EXPLOITATION_TYPES,
  IDENTIFIER_KINDS,
  LEGAL_STATUSES,
  LINK_SOURCES,
  LINK_TYPES,
  MEANS_OF_CONTROL,
  PLACE_KINDS,
  RECORD_KINDS,
  RECRUITMENT_CHANNELS,
  SCAM_TYPES,
  SEXES,
  TRAVEL_MODES,
  VICTIM_STATUSES,
} from '@khsae/domain';

/**
 * Every vocabulary the registry shows, by the name its labels live under in `locales/*.ts`
 * (`enums.<name>.<value>`). The values come from `@khsae/domain`; the labels only from the locales.
 */
export const ENUMERATIONS = {
  sex: SEXES,
  ageBand: AGE_BANDS,
  brokerRole: BROKER_ROLES,
  legalStatus: LEGAL_STATUSES,
  victimStatus: VICTIM_STATUSES,
  exploitationType: EXPLOITATION_TYPES,
  meansOfControl: MEANS_OF_CONTROL,
  recruitmentChannel: RECRUITMENT_CHANNELS,
  compoundStatus: COMPOUND_STATUSES,
  scamType: SCAM_TYPES,
  compoundIndicator: COMPOUND_INDICATORS,
  travelMode: TRAVEL_MODES,
  identifierKind: IDENTIFIER_KINDS,
  linkType: LINK_TYPES,
  linkSource: LINK_SOURCES,
  confidence: CONFIDENCE_GRADES,
  placeKind: PLACE_KINDS,
  recordKind: RECORD_KINDS,
} as const;

export type EnumerationName = keyof typeof ENUMERATIONS;
export type EnumerationValue<N extends EnumerationName> = (typeof ENUMERATIONS)[N][number];

/** The label of one value in the user's language. */
export function enumLabel<N extends EnumerationName>(
  t: TFunction,
  name: N,
  value: EnumerationValue<N>,
): string {
  // The key is built from the two typed halves; locales.test and enumerations.test keep them complete.
  return t(`enums.${name}.${value}` as never);
}

/** `{ value, label }` options for a Select or MultiSelect, in the vocabulary's own order. */
export function enumOptions<N extends EnumerationName>(
  t: TFunction,
  name: N,
): { value: EnumerationValue<N>; label: string }[] {
  return (ENUMERATIONS[name] as readonly EnumerationValue<N>[]).map((value) => ({
    value,
    label: enumLabel(t, name, value),
  }));
}

/** Narrows free text (a URL parameter, a Select value) to a value of the vocabulary. */
export function isEnumValue<N extends EnumerationName>(
  name: N,
  value: unknown,
): value is EnumerationValue<N> {
  return typeof value === 'string' && (ENUMERATIONS[name] as readonly string[]).includes(value);
}
