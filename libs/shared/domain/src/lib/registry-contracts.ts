import type {
  AgeBand,
  BrokerRole,
  CompoundIndicator,
  CompoundStatus,
  ConfidenceGrade,
  ExploitationType,
  IdentifierHolderKind,
  IdentifierKind,
  LegalStatus,
  LinkSource,
  LinkType,
  MeansOfControl,
  PlaceKind,
  RecordKind,
  RecruitmentChannel,
  ScamType,
  Sex,
  TravelMode,
  VictimStatus,
} from './registry';

/** Fields every registry record carries. Archived records are hidden from lists unless asked for. */
export type RecordMeta = {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  archivedAt: string | null;
};

/** A place as shown anywhere: with its parents, e.g. "Ou Thum, Ou Thum, Mongkol Borei, Banteay Meanchey". */
export type PlaceSummary = {
  id: string;
  kind: PlaceKind;
  code: string | null;
  nameKm: string | null;
  nameLatin: string;
  /** Names of the place and its parents, nearest first, in Latin script. */
  pathLatin: string;
  /** The same in Khmer script where the gazetteer has it. */
  pathKm: string | null;
  countryCode: string;
};

export type Place = RecordMeta &
  PlaceSummary & {
    parentId: string | null;
    nameAlt: string | null;
    lat: number | null;
    lng: number | null;
  };

export type Broker = RecordMeta & {
  refCode: string;
  nameKm: string | null;
  nameLatin: string | null;
  aliases: string[];
  sex: Sex;
  birthYear: number | null;
  nationality: string | null;
  homePlace: PlaceSummary | null;
  role: BrokerRole;
  legalStatus: LegalStatus;
  notes: string | null;
};

/** The pseudonymous part of a victim's record, which investigators may see. */
export type Victim = RecordMeta & {
  code: string;
  sex: Sex;
  ageBand: AgeBand;
  nationality: string | null;
  homePlace: PlaceSummary | null;
  recruitedOn: string | null;
  jobPromised: string | null;
  recruitmentChannel: RecruitmentChannel | null;
  exploitationType: ExploitationType | null;
  meansOfControl: MeansOfControl[];
  status: VictimStatus;
  consentToShare: boolean;
  notes: string | null;
  /** Whether the caller may read the identity (GET /api/victims/:id/identity). */
  canReadIdentity: boolean;
};

/** Name, birth date, contact and ID numbers: only for roles and cases with a need to know; every read is audited. */
export type VictimIdentity = {
  victimId: string;
  fullNameKm: string | null;
  fullNameLatin: string | null;
  dateOfBirth: string | null;
  phone: string | null;
  contactNotes: string | null;
  idNumbers: string[];
  version: number;
  updatedAt: string;
};

export type Compound = RecordMeta & {
  refCode: string;
  name: string;
  aliases: string[];
  countryCode: string;
  place: PlaceSummary | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  operator: string | null;
  scamTypes: ScamType[];
  status: CompoundStatus;
  indicators: CompoundIndicator[];
  notes: string | null;
};

export type RouteLeg = {
  id: string;
  position: number;
  fromPlace: PlaceSummary;
  toPlace: PlaceSummary;
  mode: TravelMode;
  departedOn: string | null;
  arrivedOn: string | null;
  broker: { id: string; refCode: string; label: string } | null;
  notes: string | null;
};

export type RecruitmentRoute = RecordMeta & {
  refCode: string;
  name: string;
  originPlace: PlaceSummary;
  destinationCompound: { id: string; refCode: string; name: string } | null;
  destinationPlace: PlaceSummary | null;
  lureJob: string | null;
  lureChannel: RecruitmentChannel | null;
  moneyAdvanced: number | null;
  currency: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  notes: string | null;
  legs: RouteLeg[];
};

/** A short reference to any record, as shown in links, search results and shared-identifier notices. */
export type RecordRef = { kind: RecordKind; id: string; label: string; sublabel: string | null };

export type Identifier = {
  id: string;
  kind: IdentifierKind;
  /** Normalised: E.164 for phones, lower-case without @ for handles. Two records with the same value share it. */
  value: string;
  display: string;
  holders: RecordRef[];
  createdAt: string;
};

/** On a record's page: "shares +855 12 345 678 with Broker B-0042". */
export type SharedIdentifier = {
  identifier: { id: string; kind: IdentifierKind; value: string; display: string };
  others: RecordRef[];
};

export type Link = {
  id: string;
  from: RecordRef;
  to: RecordRef;
  type: LinkType;
  startedOn: string | null;
  endedOn: string | null;
  evidence: string | null;
  source: LinkSource;
  sourceRef: string | null;
  confidence: ConfidenceGrade;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  version: number;
  archivedAt: string | null;
};

export type SearchResult = RecordRef & {
  /** Which field matched: name, alias, code, identifier, identity_name. */
  matchedField: string;
  matchedText: string;
  score: number;
};

export type IdentifierHolder = { kind: IdentifierHolderKind; id: string };

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_LIMIT_MAX = 50;
export const BROKER_SORTS = [
  'refCode',
  'nameLatin',
  'nameKm',
  'legalStatus',
  'role',
  'createdAt',
  'updatedAt',
] as const;
export const VICTIM_SORTS = ['code', 'status', 'recruitedOn', 'createdAt', 'updatedAt'] as const;
export const COMPOUND_SORTS = [
  'refCode',
  'name',
  'status',
  'countryCode',
  'createdAt',
  'updatedAt',
] as const;
export const ROUTE_SORTS = [
  'refCode',
  'name',
  'firstSeen',
  'lastSeen',
  'createdAt',
  'updatedAt',
] as const;
export const PLACE_SORTS = ['nameLatin', 'code', 'kind'] as const;
export const LINK_SORTS = ['createdAt', 'startedOn', 'type', 'confidence'] as const;
