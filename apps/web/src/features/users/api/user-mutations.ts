import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';

import { answer, api } from '@/lib/api';
import type { UserAccount } from '@/lib/api-types';
import { conflictingRecord } from '@/lib/forms';

import { userKeys } from './user-keys';

export type UpdateUserInput = Schema<'UpdateUserDto'> & { id: string };

export function createUser(body: Schema<'CreateUserDto'>) {
  return answer(api.POST('/api/users', { body }));
}

export function updateUser({ id, ...body }: UpdateUserInput) {
  return answer(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
    onError: (error) => {
      const current = conflictingRecord<UserAccount>(error);
      if (!current) return;
      queryClient.setQueryData(userKeys.detail(current.id), current);
      return queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
