import type { BrokerListFilter } from '../broker-list-filter';

export const brokerKeys = {
  all: ['brokers'] as const,
  lists: () => [...brokerKeys.all, 'list'] as const,
  list: (filter: BrokerListFilter) => [...brokerKeys.lists(), filter] as const,
  details: () => [...brokerKeys.all, 'detail'] as const,
  detail: (id: string) => [...brokerKeys.details(), id] as const,
  /** The route-leg picker's lookups by name or code. */
  pickers: () => [...brokerKeys.all, 'picker'] as const,
  picker: (q: string) => [...brokerKeys.pickers(), q] as const,
};
