import { recordKeys } from '@/lib/record-queries';

import type { BrokerListFilter } from '../broker-list-filter';

const keys = recordKeys<BrokerListFilter>('brokers');

export const brokerKeys = {
  ...keys,
  /** The route-leg picker's lookups by name or code. */
  pickers: () => [...keys.all, 'picker'] as const,
  picker: (q: string) => [...keys.all, 'picker', q] as const,
};
