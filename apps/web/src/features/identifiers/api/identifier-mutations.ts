import type { Identifier, IdentifierHolderKind, IdentifierKind } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';
import { useRefreshingMutation } from '@/lib/record-mutations';

import { identifierKeys } from './identifier-keys';

export type AttachIdentifierInput = {
  kind: IdentifierKind;
  value: string;
  holderKind: IdentifierHolderKind;
  holderId: string;
};

export type DetachIdentifierInput = {
  identifierId: string;
  holderKind: IdentifierHolderKind;
  holderId: string;
};

export function attachIdentifier(input: AttachIdentifierInput): Promise<Identifier> {
  return apiRequest<Identifier>('/identifiers', { method: 'POST', body: input });
}

export function detachIdentifier(input: DetachIdentifierInput): Promise<void> {
  const path = [input.identifierId, 'holders', input.holderKind, input.holderId]
    .map(encodeURIComponent)
    .join('/');
  return apiRequest<void>(`/identifiers/${path}`, { method: 'DELETE' });
}

// A new or removed identifier changes the notices on every record that shares it.
export const useAttachIdentifier = () =>
  useRefreshingMutation(attachIdentifier, identifierKeys.holders());
export const useDetachIdentifier = () =>
  useRefreshingMutation(detachIdentifier, identifierKeys.holders());
