import type { operations } from '@khsae/api-client';

export type GraphViewListRequest = NonNullable<operations['listGraphViews']['parameters']['query']>;

/** Saved views are the caller's own records, apart from the graph answers (graphKeys). */
export const graphViewKeys = {
  all: ['graph-views'] as const,
  lists: () => [...graphViewKeys.all, 'list'] as const,
  list: (request: GraphViewListRequest) => [...graphViewKeys.lists(), request] as const,
  details: () => [...graphViewKeys.all, 'detail'] as const,
  detail: (id: string) => [...graphViewKeys.details(), id] as const,
  /** Mutation keys, so that the panel can show how the last save or deletion went. */
  saves: () => [...graphViewKeys.all, 'save'] as const,
  renames: () => [...graphViewKeys.all, 'rename'] as const,
  deletions: () => [...graphViewKeys.all, 'delete'] as const,
};
