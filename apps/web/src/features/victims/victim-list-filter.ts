import { AGE_BANDS, EXPLOITATION_TYPES, SEXES, VICTIM_SORTS, VICTIM_STATUSES } from '@khsae/domain';

import {
  dayParam,
  defineListFilter,
  enumParam,
  flagParam,
  idParam,
  textParam,
} from '@/lib/list-filter';

export const victimListFilter = defineListFilter({
  sorts: VICTIM_SORTS,
  sort: 'updatedAt',
  order: 'desc',
  params: {
    q: textParam,
    status: enumParam(VICTIM_STATUSES),
    sex: enumParam(SEXES),
    ageBand: enumParam(AGE_BANDS),
    exploitationType: enumParam(EXPLOITATION_TYPES),
    homePlaceId: idParam,
    recruitedFrom: dayParam,
    recruitedTo: dayParam,
    archived: flagParam,
  },
  views: ['archived'],
});

export type VictimListFilter = typeof victimListFilter.defaults;
export type VictimSort = VictimListFilter['sort'];
