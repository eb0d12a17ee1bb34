/**
 * The investigation registry's vocabularies. Values are snake_case words in the users' language;
 * where IOM's Human Trafficking Case Data Standard (HTCDS v2) has a list, `HTCDS_*` maps ours onto it so
 * that an export can line up with the standard.
 */

export const RECORD_KINDS = ['broker', 'victim', 'compound', 'place', 'route'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const PLACE_KINDS = [
  'country',
  'province',
  'district',
  'commune',
  'village',
  'city',
  'border_crossing',
  'airport',
  'other',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
/** Cambodia's administrative levels, from the NCDD gazetteer. */
export const ADMIN_PLACE_KINDS = ['province', 'district', 'commune', 'village'] as const;
export type AdminPlaceKind = (typeof ADMIN_PLACE_KINDS)[number];
/** The largest gazetteer CSV an admin may upload, in characters (NCDD's is about 1.5 million). */
export const GAZETTEER_MAX_CHARS = 4_000_000;
/** Kinds users may add by hand; the administrative units come from the gazetteer import. */
export const USER_PLACE_KINDS = ['country', 'city', 'border_crossing', 'airport', 'other'] as const;
export type UserPlaceKind = (typeof USER_PLACE_KINDS)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const HTCDS_GENDER: Record<Sex, string> = {
  female: 'Feminine',
  male: 'Masculine',
  other: 'NonConforming',
  unknown: 'NonSpecifiedUnknown',
};

export const BROKER_ROLES = [
  'local_recruiter',
  'transporter',
  'foreign_agent',
  'compound_manager',
  'financier',
  'other',
] as const;
export type BrokerRole = (typeof BROKER_ROLES)[number];
export const HTCDS_PERPETRATOR_ROLE: Record<BrokerRole, string> = {
  local_recruiter: 'RecruiterOrIntermediary',
  transporter: 'Transporter',
  foreign_agent: 'BrokerTravelAgent',
  compound_manager: 'Exploiter',
  financier: 'Other',
  other: 'Other',
};

export const LEGAL_STATUSES = ['unknown', 'at_large', 'arrested', 'charged', 'convicted'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const AGE_BANDS = [
  'under_14',
  '14_17',
  '18_24',
  '25_34',
  '35_44',
  '45_plus',
  'unknown',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const VICTIM_STATUSES = [
  'missing',
  'in_compound',
  'rescued',
  'in_shelter',
  'repatriated',
  'reintegrated',
] as const;
export type VictimStatus = (typeof VICTIM_STATUSES)[number];

export const EXPLOITATION_TYPES = [
  'forced_criminality',
  'forced_labour',
  'sexual_exploitation',
  'child_labour',
  'forced_marriage',
  'servitude',
  'forced_begging',
  'other',
] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];
// HTCDS has no "forced criminality" (scam-compound work): it exports as ForcedLabour.
export const HTCDS_EXPLOITATION: Record<ExploitationType, string> = {
  forced_criminality: 'ForcedLabour',
  forced_labour: 'ForcedLabour',
  sexual_exploitation: 'SexualExploitation',
  child_labour: 'ChildLabour',
  forced_marriage: 'ForcedMarriage',
  servitude: 'Servitude',
  forced_begging: 'ForcedBegging',
  other: 'Other',
};

export const MEANS_OF_CONTROL = [
  'physical_threats',
  'threats_law_enforcement',
  'threatens_family',
  'debt_bondage',
  'false_promises',
  'physical_abuse',
  'sexual_abuse',
  'takes_earnings',
  'restricts_financial_access',
  'restricts_medical_care',
  'withholds_necessities',
  'psychological_abuse',
  'psychoactive_substance',
  'excessive_working_hours',
  'withholds_documents',
  'other',
] as const;
export type MeansOfControl = (typeof MEANS_OF_CONTROL)[number];

export const RECRUITMENT_CHANNELS = [
  'facebook',
  'telegram',
  'whatsapp',
  'tiktok',
  'line',
  'wechat',
  'viber',
  'instagram',
  'online_advert',
  'in_person',
  'family_or_friends',
  'job_agency',
  'other',
] as const;
export type RecruitmentChannel = (typeof RECRUITMENT_CHANNELS)[number];

export const COMPOUND_STATUSES = ['suspected', 'active', 'raided', 'closed', 'relocated'] as const;
export type CompoundStatus = (typeof COMPOUND_STATUSES)[number];

export const SCAM_TYPES = [
  'pig_butchering',
  'crypto_investment',
  'phishing',
  'impersonation',
  'online_gambling',
  'other',
] as const;
export type ScamType = (typeof SCAM_TYPES)[number];

export const COMPOUND_INDICATORS = [
  'guarded_gates',
  'tinted_windows',
  'barbed_wire',
  'high_walls',
  'cctv',
  'dormitories',
] as const;
export type CompoundIndicator = (typeof COMPOUND_INDICATORS)[number];

export const TRAVEL_MODES = [
  'car',
  'bus',
  'minivan',
  'motorbike',
  'boat',
  'plane',
  'train',
  'on_foot',
  'other',
] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const IDENTIFIER_KINDS = [
  'phone',
  'telegram',
  'whatsapp',
  'facebook',
  'line',
  'wechat',
  'email',
  'bank_account',
  'crypto_wallet',
  'passport',
  'national_id',
  'other',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
/** Records an identifier can be attached to. */
export const IDENTIFIER_HOLDER_KINDS = ['broker', 'victim', 'compound'] as const;
export type IdentifierHolderKind = (typeof IDENTIFIER_HOLDER_KINDS)[number];

export const LINK_TYPES = [
  'recruited',
  'transported',
  'paid',
  'works_for',
  'held_at',
  'operates',
  'associate_of',
  'family_of',
  'travelled_route',
  'shares_identifier',
  'located_in',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const LINK_SOURCES = ['case', 'tip', 'interview', 'screening', 'raid'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

export const CONFIDENCE_GRADES = ['confirmed', 'probable', 'possible', 'unverified'] as const;
export type ConfidenceGrade = (typeof CONFIDENCE_GRADES)[number];
