import type { Schema } from '@khsae/api-client';

import { answer, api } from '@/lib/api';
import { useRefreshingMutation } from '@/lib/record-mutations';

import { linkKeys } from './link-keys';

export function createLink(body: Schema<'CreateLinkDto'>) {
  return answer(api.POST('/api/links', { body }));
}

export function archiveLink(id: string) {
  return answer(api.DELETE('/api/links/{id}', { params: { path: { id } } }));
}

// A link shows on the pages of both its ends: refresh every record's list.
export const useCreateLink = () => useRefreshingMutation(createLink, linkKeys.lists());
export const useArchiveLink = () => useRefreshingMutation(archiveLink, linkKeys.lists());
