import { recordKeys } from '@/lib/record-queries';

import type { CompoundListFilter } from '../compound-list-filter';

export const compoundKeys = recordKeys<CompoundListFilter>('compounds');
