import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { RecruitmentRoute } from '@khsae/domain';

import { conflictingRecord } from '@/lib/forms';

import type { RouteCreateBody, RoutePatch } from '../route-form-values';
import { routeKeys } from './route-keys';
import { routesApi } from './route-queries';

function useRouteWrite<V>(write: (variables: V) => Promise<RecruitmentRoute>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (route) => {
      queryClient.setQueryData(routeKeys.detail(route.id), route);
      return queryClient.invalidateQueries({ queryKey: routeKeys.lists() });
    },
    onError: (error) => {
      // Someone else saved first: show their version wherever this route is on screen.
      const current = conflictingRecord<RecruitmentRoute>(error);
      if (current) queryClient.setQueryData(routeKeys.detail(current.id), current);
    },
  });
}

export const useCreateRoute = () =>
  useRouteWrite((body: RouteCreateBody) => routesApi.create(body));
export const useUpdateRoute = () =>
  useRouteWrite(({ id, ...patch }: RoutePatch & { id: string }) => routesApi.update(id, patch));
export const useArchiveRoute = () => useRouteWrite((id: string) => routesApi.archive(id));
export const useRestoreRoute = () => useRouteWrite((id: string) => routesApi.restore(id));
