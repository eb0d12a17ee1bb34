import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { isRole, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, USER_SORTS, type UserSort } from '@khsae/domain';

import { positiveIntParam } from '@/lib/search-params';

import type { UserListFilter } from '../api/user-keys';

export const DEFAULT_USER_FILTER: UserListFilter = {
  page: 1,
  pageSize: PAGE_SIZE_DEFAULT,
  sort: 'displayName',
  order: 'asc',
  q: '',
  role: null,
  disabled: null,
};

export function parseUserFilter(params: URLSearchParams): UserListFilter {
  const sort = params.get('sort');
  const role = params.get('role');
  const disabled = params.get('disabled');
  return {
    page: positiveIntParam(params.get('page'), DEFAULT_USER_FILTER.page),
    pageSize: positiveIntParam(params.get('pageSize'), DEFAULT_USER_FILTER.pageSize, PAGE_SIZE_MAX),
    sort: (USER_SORTS as readonly string[]).includes(sort ?? '')
      ? (sort as UserSort)
      : DEFAULT_USER_FILTER.sort,
    order:
      params.get('order') === 'desc'
        ? 'desc'
        : params.get('order') === 'asc'
          ? 'asc'
          : DEFAULT_USER_FILTER.order,
    q: params.get('q') ?? '',
    role: isRole(role) ? role : null,
    disabled: disabled === 'true' ? true : disabled === 'false' ? false : null,
  };
}

export function toUserSearchParams(filter: UserListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.page !== DEFAULT_USER_FILTER.page) params.set('page', String(filter.page));
  if (filter.pageSize !== DEFAULT_USER_FILTER.pageSize)
    params.set('pageSize', String(filter.pageSize));
  if (filter.sort !== DEFAULT_USER_FILTER.sort) params.set('sort', filter.sort);
  if (filter.order !== DEFAULT_USER_FILTER.order) params.set('order', filter.order);
  if (filter.q) params.set('q', filter.q);
  if (filter.role) params.set('role', filter.role);
  if (filter.disabled !== null) params.set('disabled', String(filter.disabled));
  return params;
}

/** User-list filters live in the URL so a filtered view can be shared and survives reloads. */
export function useUserFilters() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseUserFilter(params), [params]);

  const update = useCallback(
    (patch: Partial<UserListFilter>) => {
      // Any change other than paging starts again from the first page.
      const next = { ...filter, page: 1, ...patch };
      setParams(toUserSearchParams(next), { replace: true });
    },
    [filter, setParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  const hasActiveFilters = filter.q !== '' || filter.role !== null || filter.disabled !== null;

  return { filter, update, reset, hasActiveFilters };
}
