import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';

import { answer, api } from '@/lib/api';

import { userKeys } from './user-keys';

export type RoleGrant = Schema<'RoleGrantResponseDto'>;

export const roleGrantKeys = {
  all: ['role-grants'] as const,
  pending: () => [...roleGrantKeys.all, 'pending'] as const,
};

export function fetchPendingRoleGrants({ signal }: { signal?: AbortSignal }) {
  return answer(api.GET('/api/role-grants', { signal }));
}

export const pendingRoleGrantsQueryOptions = () =>
  queryOptions({
    queryKey: roleGrantKeys.pending(),
    queryFn: ({ signal }) => fetchPendingRoleGrants({ signal }),
  });

export type RoleGrantDecision = { id: string; version: number; decision: 'approve' | 'decline' };

export function decideRoleGrant({ id, version, decision }: RoleGrantDecision) {
  const params = { path: { id } };
  return answer(
    decision === 'approve'
      ? api.POST('/api/role-grants/{id}/approve', { params, body: { version } })
      : api.POST('/api/role-grants/{id}/decline', { params, body: { version } }),
  );
}

export function useDecideRoleGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideRoleGrant,
    // Decided or not (a 409 means someone else decided first), the list is read again.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roleGrantKeys.all }),
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
      ]),
  });
}
