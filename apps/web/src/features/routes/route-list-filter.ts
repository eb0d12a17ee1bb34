import { RECRUITMENT_CHANNELS, ROUTE_SORTS } from '@khsae/domain';

import { defineListFilter, enumParam, flagParam, idParam, textParam } from '@/lib/list-filter';

export const routeListFilter = defineListFilter({
  sorts: ROUTE_SORTS,
  sort: 'updatedAt',
  order: 'desc',
  params: {
    q: textParam,
    lureChannel: enumParam(RECRUITMENT_CHANNELS),
    originPlaceId: idParam,
    archived: flagParam,
  },
  views: ['archived'],
});

export type RouteListFilter = typeof routeListFilter.defaults;
export type RouteSort = RouteListFilter['sort'];
