import { recordQueries } from '@/lib/record-queries';
import { registryApi } from '@/lib/registry-api';

import { compoundListFilter } from '../compound-list-filter';
import { compoundKeys } from './compound-keys';

export const compoundsApi = registryApi('compounds');

const queries = recordQueries(compoundKeys, compoundsApi, compoundListFilter.toQuery);
export const compoundsQueryOptions = queries.list;
export const compoundQueryOptions = queries.detail;
