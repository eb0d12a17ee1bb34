export type RecordLinksFilter = { recordId: string; page: number; pageSize: number };

export const linkKeys = {
  all: ['links'] as const,
  lists: () => [...linkKeys.all, 'list'] as const,
  list: (filter: RecordLinksFilter) => [...linkKeys.lists(), filter] as const,
};
