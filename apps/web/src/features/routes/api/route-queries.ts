import { recordQueries } from '@/lib/record-queries';
import { registryApi } from '@/lib/registry-api';

import { routeListFilter } from '../route-list-filter';
import { routeKeys } from './route-keys';

export const routesApi = registryApi('routes');

const queries = recordQueries(routeKeys, routesApi, routeListFilter.toQuery);
export const routesQueryOptions = queries.list;
export const routeQueryOptions = queries.detail;
