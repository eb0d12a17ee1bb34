import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';

import { answer, api } from '@/lib/api';
import type { UserAccount } from '@/lib/api-types';
import { conflictingRecord } from '@/lib/forms';

import { roleGrantKeys } from './role-grant-queries';
import { userKeys } from './user-keys';

export type UpdateUserInput = Schema<'UpdateUserDto'> & { id: string };

export function createUser(body: Schema<'CreateUserDto'>) {
  return answer(api.POST('/api/users', { body }));
}

/** An account just created or reset, with the one-time code to hand over (shown once). */
export type UserWithResetCode = Schema<'UserWithResetCodeResponseDto'>;

export function resetPassword({ id, version }: { id: string; version: number }) {
  return answer(
    api.POST('/api/users/{id}/reset-code', { params: { path: { id } }, body: { version } }),
  );
}

export function updateUser({ id, ...body }: UpdateUserInput) {
  return answer(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

/** Creates or resets: the lists, the account and the pending grants change. */
function useIssuesCode<I>(mutationFn: (input: I) => Promise<UserWithResetCode>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (user) => {
      const { resetCode: _code, pendingGrantId: _grant, ...account } = user;
      queryClient.setQueryData(userKeys.detail(user.id), account);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: roleGrantKeys.all }),
      ]);
    },
  });
}

export function useCreateUser() {
  return useIssuesCode(createUser);
}

export function useResetPassword() {
  return useIssuesCode(resetPassword);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      // A role that reads identities is not given at once: it waits as a pending grant.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: roleGrantKeys.all }),
      ]);
    },
    onError: (error) => {
      const current = conflictingRecord<UserAccount>(error);
      if (!current) return;
      queryClient.setQueryData(userKeys.detail(current.id), current);
      return queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
