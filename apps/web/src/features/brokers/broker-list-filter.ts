import { BROKER_ROLES, BROKER_SORTS, LEGAL_STATUSES } from '@khsae/domain';

import {
  defineListFilter,
  enumParam,
  flagParam,
  idParam,
  textParam,
  type ListFilter,
} from '@/lib/list-filter';

export const brokerListFilter = defineListFilter({
  sorts: BROKER_SORTS,
  sort: 'updatedAt',
  order: 'desc',
  params: {
    q: textParam,
    role: enumParam(BROKER_ROLES),
    legalStatus: enumParam(LEGAL_STATUSES),
    homePlaceId: idParam,
    archived: flagParam,
  },
  views: ['archived'],
});

export type BrokerListFilter = typeof brokerListFilter.defaults;
export type BrokerSort = BrokerListFilter['sort'];
export type { ListFilter };
