import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { Codecs, ListFilter, ListFilterDefinition } from './list-filter';

/** A list's filters as URL state: read, patch (back to page 1 unless paging) and clear. */
export function useListFilter<S extends string, C extends Codecs>(
  definition: ListFilterDefinition<S, C>,
) {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => definition.parse(params), [definition, params]);

  const update = useCallback(
    (patch: Partial<ListFilter<S, C>>) => {
      // Any change other than paging starts again from the first page.
      setParams(definition.toSearchParams({ ...filter, page: 1, ...patch }), { replace: true });
    },
    [definition, filter, setParams],
  );

  const reset = useCallback(
    () => setParams(definition.toSearchParams(definition.cleared(filter)), { replace: true }),
    [definition, filter, setParams],
  );

  return { filter, update, reset, hasActiveFilters: definition.hasActiveFilters(filter) };
}
