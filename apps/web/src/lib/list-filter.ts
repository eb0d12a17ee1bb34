import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@khsae/domain';

import { positiveIntParam } from './search-params';

export type SortOrder = 'asc' | 'desc';

/** How one filter is read from and written to the URL, and sent to the API (as a `Q`). */
export type ParamCodec<V, Q = V> = {
  empty: V;
  parse(raw: string | null): V;
  /** null leaves the parameter out of the URL. (Methods, so codecs of any value type fit `Codecs`.) */
  serialize(value: V): string | null;
  /** What the API is sent for it; undefined leaves it out. */
  query(value: V): Q | undefined;
};

export const textParam: ParamCodec<string> = {
  empty: '',
  parse: (raw) => raw ?? '',
  serialize: (value) => value || null,
  query: (value) => value.trim() || undefined,
};

export function enumParam<T extends string>(values: readonly T[]): ParamCodec<T | null, T> {
  return {
    empty: null,
    parse: (raw) => ((values as readonly string[]).includes(raw ?? '') ? (raw as T) : null),
    serialize: (value) => value,
    query: (value) => value ?? undefined,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day, YYYY-MM-DD. */
export const dayParam: ParamCodec<string> = {
  empty: '',
  parse: (raw) => (raw && DAY.test(raw) ? raw : ''),
  serialize: (value) => value || null,
  query: (value) => value || undefined,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const idParam: ParamCodec<string | null, string> = {
  empty: null,
  parse: (raw) => (raw && UUID.test(raw) ? raw : null),
  serialize: (value) => value,
  query: (value) => value ?? undefined,
};

export const countryParam: ParamCodec<string | null, string> = {
  empty: null,
  parse: (raw) => (raw && /^[A-Za-z]{2}$/.test(raw) ? raw.toUpperCase() : null),
  serialize: (value) => value,
  query: (value) => value ?? undefined,
};

/** A flag that is either on (`?archived=true`) or left out. */
export const flagParam: ParamCodec<boolean, true> = {
  empty: false,
  parse: (raw) => raw === 'true',
  serialize: (value) => (value ? 'true' : null),
  query: (value) => value || undefined,
};

export type Codecs = Record<string, ParamCodec<unknown, unknown>>;
type ValuesOf<C extends Codecs> = {
  [K in keyof C]: C[K] extends ParamCodec<infer V, unknown> ? V : never;
};
type QueriesOf<C extends Codecs> = {
  [K in keyof C]?: C[K] extends ParamCodec<infer _V, infer Q> ? Q : never;
};

type Paging<S extends string> = { page: number; pageSize: number; sort: S; order: SortOrder };

export type ListFilter<S extends string, C extends Codecs> = Paging<S> & ValuesOf<C>;

/** A list's page, sort and filters as the API takes them: what is unset is left out. */
export type ListQuery<S extends string, C extends Codecs> = Paging<S> & QueriesOf<C>;

export type ListFilterDefinition<S extends string, C extends Codecs> = {
  defaults: ListFilter<S, C>;
  parse: (params: URLSearchParams) => ListFilter<S, C>;
  toSearchParams: (filter: ListFilter<S, C>) => URLSearchParams;
  /** Whether any filter (not paging, sorting or a view toggle) differs from its default. */
  hasActiveFilters: (filter: ListFilter<S, C>) => boolean;
  /** "Clear filters": defaults again, keeping the view toggles (the archived view). */
  cleared: (filter: ListFilter<S, C>) => ListFilter<S, C>;
  /** The page, sort and filters as the list endpoint takes them. */
  toQuery: (filter: ListFilter<S, C>) => ListQuery<S, C>;
};

/**
 * A list's URL state (paging, sorting and its filters), so a filtered view can be shared, bookmarked
 * and survives a reload. Values equal to their default are left out of the URL.
 */
export function defineListFilter<S extends string, C extends Codecs>(options: {
  sorts: readonly S[];
  sort: S;
  order: SortOrder;
  params: C;
  /** Parameters that switch the view (archived records) rather than filter it. */
  views?: readonly (keyof C & string)[];
}): ListFilterDefinition<S, C> {
  const { sorts, params } = options;
  const views: readonly string[] = options.views ?? [];
  const keys = Object.keys(params) as (keyof C & string)[];
  const defaults = {
    page: 1,
    pageSize: PAGE_SIZE_DEFAULT,
    sort: options.sort,
    order: options.order,
    ...Object.fromEntries(keys.map((key) => [key, params[key]!.empty])),
  } as ListFilter<S, C>;

  function parse(search: URLSearchParams): ListFilter<S, C> {
    const sort = search.get('sort') ?? '';
    const order = search.get('order');
    return {
      page: positiveIntParam(search.get('page'), 1),
      pageSize: positiveIntParam(search.get('pageSize'), PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
      sort: (sorts as readonly string[]).includes(sort) ? (sort as S) : options.sort,
      order: order === 'asc' || order === 'desc' ? order : options.order,
      ...Object.fromEntries(keys.map((key) => [key, params[key]!.parse(search.get(key))])),
    } as ListFilter<S, C>;
  }

  function toSearchParams(filter: ListFilter<S, C>): URLSearchParams {
    const search = new URLSearchParams();
    if (filter.page !== 1) search.set('page', String(filter.page));
    if (filter.pageSize !== PAGE_SIZE_DEFAULT) search.set('pageSize', String(filter.pageSize));
    if (filter.sort !== options.sort) search.set('sort', filter.sort);
    if (filter.order !== options.order) search.set('order', filter.order);
    for (const key of keys) {
      const value = (filter as Record<string, unknown>)[key];
      if (value === params[key]!.empty) continue;
      const raw = params[key]!.serialize(value);
      if (raw !== null) search.set(key, raw);
    }
    return search;
  }

  function hasActiveFilters(filter: ListFilter<S, C>): boolean {
    return keys.some(
      (key) =>
        !views.includes(key) && (filter as Record<string, unknown>)[key] !== params[key]!.empty,
    );
  }

  function cleared(filter: ListFilter<S, C>): ListFilter<S, C> {
    const kept = Object.fromEntries(
      views.map((key) => [key, (filter as Record<string, unknown>)[key]]),
    );
    return { ...defaults, ...kept };
  }

  function toQuery(filter: ListFilter<S, C>): ListQuery<S, C> {
    const { page, pageSize, sort, order } = filter;
    const query: Record<string, unknown> = { page, pageSize, sort, order };
    for (const key of keys)
      query[key] = params[key]!.query((filter as Record<string, unknown>)[key]);
    return query as ListQuery<S, C>;
  }

  return { defaults, parse, toSearchParams, hasActiveFilters, cleared, toQuery };
}

/** The next sort when a column header is clicked: ascending first, then flip. */
export function nextSort<S extends string>(
  current: { sort: S; order: SortOrder },
  sort: S,
): { sort: S; order: SortOrder } {
  return { sort, order: current.sort === sort && current.order === 'asc' ? 'desc' : 'asc' };
}
