import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Link } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import type { LinkCreateBody } from '../link-form-values';
import { linkKeys } from './link-keys';

export function createLink(body: LinkCreateBody): Promise<Link> {
  return apiRequest<Link>('/links', { method: 'POST', body });
}

export function archiveLink(id: string): Promise<Link> {
  return apiRequest<Link>(`/links/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

// A link shows on the pages of both its ends: refresh every record's list.
export function useCreateLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linkKeys.lists() }),
  });
}

export function useArchiveLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveLink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linkKeys.lists() }),
  });
}
