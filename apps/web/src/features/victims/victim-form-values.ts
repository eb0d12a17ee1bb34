import type { TFunction } from 'i18next';

import {
  normalizeIdentifier,
  type AgeBand,
  type ExploitationType,
  type MeansOfControl,
  type RecruitmentChannel,
  type Sex,
  type VictimStatus,
} from '@khsae/domain';

import type { PlaceSummary, Victim, VictimIdentity, VictimIdentityBody } from '@/lib/api-types';
import { textOrNull, type FieldErrors } from '@/lib/forms';
import type { RegistryCreateBody } from '@/lib/registry-api';
import type { RecordFormDefinition } from '@/lib/use-record-form';

export type VictimFormValues = {
  sex: Sex;
  ageBand: AgeBand;
  nationality: string | null;
  homePlace: PlaceSummary | null;
  recruitedOn: string;
  jobPromised: string;
  recruitmentChannel: RecruitmentChannel | null;
  exploitationType: ExploitationType | null;
  meansOfControl: MeansOfControl[];
  status: VictimStatus;
  consentToShare: boolean;
  notes: string;
};

export const VICTIM_FORM_FIELDS = [
  'sex',
  'ageBand',
  'nationality',
  'homePlaceId',
  'recruitedOn',
  'jobPromised',
  'recruitmentChannel',
  'exploitationType',
  'meansOfControl',
  'status',
  'consentToShare',
  'notes',
] as const;
export type VictimFormField = (typeof VICTIM_FORM_FIELDS)[number];

export const EMPTY_VICTIM_VALUES: VictimFormValues = {
  sex: 'unknown',
  ageBand: 'unknown',
  nationality: 'KH',
  homePlace: null,
  recruitedOn: '',
  jobPromised: '',
  recruitmentChannel: null,
  exploitationType: null,
  meansOfControl: [],
  status: 'missing',
  consentToShare: false,
  notes: '',
};

export function victimValues(victim: Victim): VictimFormValues {
  return {
    sex: victim.sex,
    ageBand: victim.ageBand,
    nationality: victim.nationality,
    homePlace: victim.homePlace,
    recruitedOn: victim.recruitedOn ?? '',
    jobPromised: victim.jobPromised ?? '',
    recruitmentChannel: victim.recruitmentChannel,
    exploitationType: victim.exploitationType,
    meansOfControl: victim.meansOfControl,
    status: victim.status,
    consentToShare: victim.consentToShare,
    notes: victim.notes ?? '',
  };
}

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function validateVictim(
  values: VictimFormValues,
  t: TFunction,
  today = todayIso(),
): FieldErrors<VictimFormField> {
  const errors: FieldErrors<VictimFormField> = {};
  if (values.recruitedOn && values.recruitedOn > today) {
    errors.recruitedOn = t('victims.validation.recruitedOnFuture');
  }
  return errors;
}

export function victimBody(values: VictimFormValues): RegistryCreateBody<'victims'> {
  return {
    sex: values.sex,
    ageBand: values.ageBand,
    nationality: values.nationality,
    homePlaceId: values.homePlace?.id ?? null,
    recruitedOn: values.recruitedOn || null,
    jobPromised: textOrNull(values.jobPromised),
    recruitmentChannel: values.recruitmentChannel,
    exploitationType: values.exploitationType,
    meansOfControl: values.meansOfControl,
    status: values.status,
    consentToShare: values.consentToShare,
    notes: textOrNull(values.notes),
  };
}

export const victimForm: RecordFormDefinition<
  Victim,
  VictimFormValues,
  VictimFormField,
  RegistryCreateBody<'victims'>
> = {
  kind: 'victim',
  name: (victim) => victim.code,
  empty: EMPTY_VICTIM_VALUES,
  valuesOf: victimValues,
  validate: validateVictim,
  fields: VICTIM_FORM_FIELDS,
  body: victimBody,
};

// --- The identity ---------------------------------------------------------------------------

export type IdentityFormValues = {
  fullNameKm: string;
  fullNameLatin: string;
  dateOfBirth: string;
  phone: string;
  contactNotes: string;
  idNumbers: string[];
};

export const IDENTITY_FORM_FIELDS = [
  'fullNameKm',
  'fullNameLatin',
  'dateOfBirth',
  'phone',
  'contactNotes',
  'idNumbers',
  'version',
] as const;
export type IdentityFormField = (typeof IDENTITY_FORM_FIELDS)[number];

/** A phone as identifiers show it (`+855 12 345 678`); null when there is none, as stored when it does not parse. */
export function phoneDisplay(phone: string | null | undefined): string | null {
  if (!phone) return null;
  try {
    return normalizeIdentifier('phone', phone).display;
  } catch {
    return phone;
  }
}

/** The phone as the API stores it (E.164), or null when it is empty or not a possible number. */
function phoneValue(raw: string): string | null {
  try {
    return normalizeIdentifier('phone', raw).value;
  } catch {
    return null;
  }
}

export function identityValues(identity: VictimIdentity | null): IdentityFormValues {
  return {
    fullNameKm: identity?.fullNameKm ?? '',
    fullNameLatin: identity?.fullNameLatin ?? '',
    dateOfBirth: identity?.dateOfBirth ?? '',
    phone: phoneDisplay(identity?.phone) ?? '',
    contactNotes: identity?.contactNotes ?? '',
    idNumbers: identity?.idNumbers ?? [],
  };
}

/** What the client can tell before asking: a phone must be a possible number (the server checks the same). */
export function validateIdentity(
  values: IdentityFormValues,
  t: TFunction,
): FieldErrors<IdentityFormField> {
  return values.phone.trim() && !phoneValue(values.phone) ? { phone: t('problems.phone') } : {};
}

/** The whole identity (PUT), with the version read; without one only when none exists yet. */
export function identityBody(
  values: IdentityFormValues,
  base: VictimIdentity | null,
): VictimIdentityBody {
  return {
    ...(base ? { version: base.version } : {}),
    fullNameKm: textOrNull(values.fullNameKm),
    fullNameLatin: textOrNull(values.fullNameLatin),
    dateOfBirth: values.dateOfBirth || null,
    phone: phoneValue(values.phone) ?? textOrNull(values.phone),
    contactNotes: textOrNull(values.contactNotes),
    idNumbers: values.idNumbers.map((n) => n.trim()).filter(Boolean),
  };
}
