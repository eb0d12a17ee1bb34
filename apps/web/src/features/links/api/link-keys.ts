import type { operations } from '@khsae/api-client';

type LinksQuery = NonNullable<operations['listLinks']['parameters']['query']>;

export type RecordLinksFilter = Required<Pick<LinksQuery, 'recordId' | 'page' | 'pageSize'>>;

export const linkKeys = {
  all: ['links'] as const,
  lists: () => [...linkKeys.all, 'list'] as const,
  list: (filter: RecordLinksFilter) => [...linkKeys.lists(), filter] as const,
};
