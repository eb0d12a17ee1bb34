import type { RecruitmentRoute } from '@khsae/domain';

import { recordMutations } from '@/lib/record-mutations';

import type { RouteCreateBody, RoutePatch } from '../route-form-values';
import { routeKeys } from './route-keys';
import { routesApi } from './route-queries';

const writes = recordMutations<RecruitmentRoute, RouteCreateBody, RoutePatch>(routeKeys, routesApi);
export const useCreateRoute = writes.useCreate;
export const useUpdateRoute = writes.useUpdate;
export const useArchiveRoute = writes.useArchive;
export const useRestoreRoute = writes.useRestore;
