import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';

import { answer, api } from '@/lib/api';

import { replaceSession } from './session-cache';

export function signIn(body: Schema<'LoginDto'>) {
  return answer(api.POST('/api/auth/login', { body }));
}

export function signOut() {
  return answer(api.POST('/api/auth/logout'));
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

export function redeemResetCode(body: Schema<'RedeemResetCodeDto'>) {
  return answer(api.POST('/api/auth/reset-code', { body }));
}

export function useRedeemResetCode() {
  return useMutation({ mutationFn: redeemResetCode, meta: { expectsUnauthorized: true } });
}
