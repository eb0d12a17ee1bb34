import { COMPOUND_SORTS, COMPOUND_STATUSES, SCAM_TYPES } from '@khsae/domain';

import { countryParam, defineListFilter, enumParam, flagParam, textParam } from '@/lib/list-filter';

export const compoundListFilter = defineListFilter({
  sorts: COMPOUND_SORTS,
  sort: 'updatedAt',
  order: 'desc',
  params: {
    q: textParam,
    status: enumParam(COMPOUND_STATUSES),
    countryCode: countryParam,
    scamType: enumParam(SCAM_TYPES),
    archived: flagParam,
  },
  views: ['archived'],
});

export type CompoundListFilter = typeof compoundListFilter.defaults;
export type CompoundSort = CompoundListFilter['sort'];
