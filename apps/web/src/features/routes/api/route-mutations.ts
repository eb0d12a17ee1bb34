import { recordMutations } from '@/lib/record-mutations';

import { routeKeys } from './route-keys';
import { routesApi } from './route-queries';

const writes = recordMutations(routeKeys, routesApi);
export const useCreateRoute = writes.useCreate;
export const useUpdateRoute = writes.useUpdate;
export const useArchiveRoute = writes.useArchive;
export const useRestoreRoute = writes.useRestore;
