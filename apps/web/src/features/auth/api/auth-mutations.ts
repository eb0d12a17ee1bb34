import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CurrentUser } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import { authKeys } from './auth-keys';

export type SignInInput = { email: string; password: string };

export function signIn(input: SignInInput): Promise<CurrentUser> {
  return apiRequest<CurrentUser>('/auth/login', { method: 'POST', body: input });
}

export function signOut(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST' });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    meta: { expectsUnauthorized: true },
    onSuccess: (user) => {
      // Data cached for a previous user must never leak into this session.
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    meta: { expectsUnauthorized: true },
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
    },
  });
}
