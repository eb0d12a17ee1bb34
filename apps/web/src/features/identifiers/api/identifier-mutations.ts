import type { operations, Schema } from '@khsae/api-client';

import { answer, api } from '@/lib/api';
import { useRefreshingMutation } from '@/lib/record-mutations';

import { identifierKeys } from './identifier-keys';

export function attachIdentifier(body: Schema<'AttachIdentifierDto'>) {
  return answer(api.POST('/api/identifiers', { body }));
}

export function detachIdentifier(path: operations['detachIdentifier']['parameters']['path']) {
  return answer(
    api.DELETE('/api/identifiers/{id}/holders/{holderKind}/{holderId}', { params: { path } }),
  );
}

// A new or removed identifier changes the notices on every record that shares it.
export const useAttachIdentifier = () =>
  useRefreshingMutation(attachIdentifier, identifierKeys.holders());
export const useDetachIdentifier = () =>
  useRefreshingMutation(detachIdentifier, identifierKeys.holders());
