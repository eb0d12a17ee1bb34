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
