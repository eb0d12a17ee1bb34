import type { VictimListFilter } from '../victim-list-filter';

export const victimKeys = {
  all: ['victims'] as const,
  lists: () => [...victimKeys.all, 'list'] as const,
  list: (filter: VictimListFilter) => [...victimKeys.lists(), filter] as const,
  details: () => [...victimKeys.all, 'detail'] as const,
  detail: (id: string) => [...victimKeys.details(), id] as const,
  /**
   * The identity: its own branch, so that nothing invalidating lists or details ever re-reads it
   * (each read is audited). Only fetched on an explicit "Show identity".
   */
  identities: () => [...victimKeys.all, 'identity'] as const,
  identity: (id: string) => [...victimKeys.identities(), id] as const,
};
