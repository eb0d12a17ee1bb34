import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CurrentUser } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import { replaceSession } from './session-cache';

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
    onSuccess: (user) => replaceSession(queryClient, user),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    meta: { expectsUnauthorized: true },
    onSettled: () => replaceSession(queryClient, null),
  });
}
