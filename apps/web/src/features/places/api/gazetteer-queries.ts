import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';

import { placeKeys } from '@/api/places';
import { answer, api } from '@/lib/api';

export type GazetteerStatus = Schema<'GazetteerStatusDto'>;
export type GazetteerPreview = Schema<'GazetteerPreviewDto'>;
export type GazetteerFile = Schema<'GazetteerFileDto'>;

export const gazetteerKeys = {
  all: ['gazetteer'] as const,
  status: () => [...gazetteerKeys.all, 'status'] as const,
};

export const gazetteerStatusQueryOptions = () =>
  queryOptions({
    queryKey: gazetteerKeys.status(),
    queryFn: ({ signal }) => answer(api.GET('/api/gazetteer', { signal })),
  });

/** What importing the file would change; nothing is written. */
export function usePreviewGazetteer() {
  return useMutation({
    mutationFn: (body: GazetteerFile) => answer(api.POST('/api/gazetteer/preview', { body })),
  });
}

/** Imports the file previewed (its sha256 proves it is the same file); places change everywhere. */
export function useApplyGazetteer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GazetteerFile & { sha256: string }) =>
      answer(api.POST('/api/gazetteer/apply', { body })),
    onSuccess: (status) => {
      queryClient.setQueryData(gazetteerKeys.status(), status);
      return queryClient.invalidateQueries({ queryKey: placeKeys.all });
    },
  });
}
