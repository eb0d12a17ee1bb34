import { recordKeys } from '@/lib/record-queries';

import type { RouteListFilter } from '../route-list-filter';

export const routeKeys = recordKeys<RouteListFilter>('routes');
