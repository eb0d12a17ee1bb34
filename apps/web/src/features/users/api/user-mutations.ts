import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Role, UserAccount } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api';

import { userKeys } from './user-keys';

export type CreateUserInput = {
  email: string;
  displayName: string;
  role: Role;
  password: string;
};

export type UpdateUserInput = {
  id: string;
  version: number;
  displayName?: string;
  role?: Role;
  disabled?: boolean;
  password?: string;
};

export function createUser(input: CreateUserInput): Promise<UserAccount> {
  return apiRequest<UserAccount>('/users', { method: 'POST', body: input });
}

export function updateUser({ id, ...patch }: UpdateUserInput): Promise<UserAccount> {
  return apiRequest<UserAccount>(`/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
  });
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
