import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';

import { answer, api, isApiError } from '@/lib/api';
import type { UserAccount } from '@/lib/api-types';

import { userKeys } from './user-keys';

export type UpdateUserInput = Schema<'UpdateUserDto'> & { id: string };

export function createUser(body: Schema<'CreateUserDto'>) {
  return answer(api.POST('/api/users', { body }));
}

export function updateUser({ id, ...body }: UpdateUserInput) {
  return answer(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

/** The account as the server holds it now, when an update lost a version race (409). */
export function conflictingUser(error: unknown): UserAccount | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.body.current;
  if (typeof current !== 'object' || current === null) return null;
  const candidate = current as Partial<UserAccount>;
  return typeof candidate.id === 'string' && typeof candidate.version === 'number'
    ? (current as UserAccount)
    : null;
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
      const current = conflictingUser(error);
      if (!current) return;
      queryClient.setQueryData(userKeys.detail(current.id), current);
      return queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
