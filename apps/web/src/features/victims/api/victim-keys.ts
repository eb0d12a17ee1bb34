import { recordKeys } from '@/lib/record-queries';

import type { VictimListFilter } from '../victim-list-filter';

const keys = recordKeys<VictimListFilter>('victims');

export const victimKeys = {
  ...keys,
  /**
   * The identity: its own branch, so that nothing invalidating lists or details ever re-reads it
   * (each read is audited). Only fetched on an explicit "Show identity".
   */
  identities: () => [...keys.all, 'identity'] as const,
  identity: (id: string) => [...keys.all, 'identity', id] as const,
};
