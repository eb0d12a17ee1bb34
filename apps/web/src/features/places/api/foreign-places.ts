import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';

import { placeKeys } from '@/api/places';
import { answer, api } from '@/lib/api';
import type { Place } from '@/lib/api-types';

/** The kinds of foreign place the admin screen manages. */
export const FOREIGN_PLACE_KINDS = ['city', 'border_crossing', 'airport'] as const;
export type ForeignPlaceKind = (typeof FOREIGN_PLACE_KINDS)[number];

export type ForeignPlaceFilter = {
  kind: ForeignPlaceKind;
  q: string;
  archived: boolean;
  page: number;
};

export const FOREIGN_PAGE_SIZE = 25;

export const foreignPlaceKeys = {
  lists: () => [...placeKeys.all, 'foreign'] as const,
  list: (filter: ForeignPlaceFilter) => [...foreignPlaceKeys.lists(), filter] as const,
};

export const foreignPlacesQueryOptions = (filter: ForeignPlaceFilter) =>
  queryOptions({
    queryKey: foreignPlaceKeys.list(filter),
    queryFn: ({ signal }) =>
      answer(
        api.GET('/api/places', {
          params: {
            query: {
              kind: filter.kind,
              q: filter.q.trim() || undefined,
              archived: filter.archived || undefined,
              page: filter.page,
              pageSize: FOREIGN_PAGE_SIZE,
              sort: 'nameLatin',
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export type CreatePlaceBody = Schema<'CreatePlaceDto'>;
export type UpdatePlaceBody = Schema<'UpdatePlaceDto'> & { id: string };

/** Every place list and search may show the place changed. */
function useChangesPlaces<I>(mutationFn: (input: I) => Promise<Place>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (place) => {
      queryClient.setQueryData(placeKeys.detail(place.id), place);
      return queryClient.invalidateQueries({ queryKey: placeKeys.all });
    },
  });
}

export const useCreatePlace = () =>
  useChangesPlaces((body: CreatePlaceBody) => answer(api.POST('/api/places', { body })));

export const useUpdatePlace = () =>
  useChangesPlaces(({ id, ...body }: UpdatePlaceBody) =>
    answer(api.PATCH('/api/places/{id}', { params: { path: { id } }, body })),
  );

export const useArchivePlace = () =>
  useChangesPlaces((id: string) =>
    answer(api.DELETE('/api/places/{id}', { params: { path: { id } } })),
  );

export const useRestorePlace = () =>
  useChangesPlaces((id: string) =>
    answer(api.POST('/api/places/{id}/restore', { params: { path: { id } } })),
  );
