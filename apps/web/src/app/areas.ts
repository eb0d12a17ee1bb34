import type { NavAreaKey } from '@khsae/domain';

/** Areas with a working screen; every other area shows a "coming soon" page. */
export const READY_AREAS: readonly NavAreaKey[] = [
  'dashboard',
  'graph',
  'brokers',
  'victims',
  'compounds',
  'routes',
  'admin',
  'audit',
];
