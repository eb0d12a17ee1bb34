import { ROLES, USER_SORTS } from '@khsae/domain';

import { defineListFilter, enumParam, textParam, type ParamCodec } from '@/lib/list-filter';

/** Disabled (`?disabled=true`), active (`false`) or either (left out). */
const disabledParam: ParamCodec<boolean | null, boolean> = {
  empty: null,
  parse: (raw) => (raw === 'true' ? true : raw === 'false' ? false : null),
  serialize: (value) => (value === null ? null : String(value)),
  query: (value) => value ?? undefined,
};

export const userListFilter = defineListFilter({
  sorts: USER_SORTS,
  sort: 'displayName',
  order: 'asc',
  params: { q: textParam, role: enumParam(ROLES), disabled: disabledParam },
});

export type UserListFilter = typeof userListFilter.defaults;
