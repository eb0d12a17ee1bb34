import type { Link } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';
import { useRefreshingMutation } from '@/lib/record-mutations';

import type { LinkCreateBody } from '../link-form-values';
import { linkKeys } from './link-keys';

export function createLink(body: LinkCreateBody): Promise<Link> {
  return apiRequest<Link>('/links', { method: 'POST', body });
}

export function archiveLink(id: string): Promise<Link> {
  return apiRequest<Link>(`/links/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

// A link shows on the pages of both its ends: refresh every record's list.
export const useCreateLink = () => useRefreshingMutation(createLink, linkKeys.lists());
export const useArchiveLink = () => useRefreshingMutation(archiveLink, linkKeys.lists());
