/** Saved graph views: named canvases of the link-graph workbench, stored per user by the API. */

export const GRAPH_VIEW_NAME_MAX = 120;
/** The canvas as JSON may take at most this many bytes (UTF-8). */
export const GRAPH_VIEW_CANVAS_MAX_BYTES = 2 * 1024 * 1024;
/** A saved canvas holds at most this many records (the workbench draws at most 2,000). */
export const GRAPH_VIEW_CANVAS_MAX_NODES = 5000;
export const GRAPH_VIEW_SORTS = ['updatedAt', 'createdAt', 'name'] as const;
export type GraphViewSort = (typeof GRAPH_VIEW_SORTS)[number];

/**
 * What the workbench needs to draw a saved canvas again. The API checks the outline and the bounds
 * only; the workbench owns the rest of the document (`state`) and checks it when it opens a view.
 */
export type GraphViewCanvas = {
  /** The document's own format version. */
  version: 1;
  layout: string;
  state: { nodes: Record<string, unknown> } & Record<string, unknown>;
  positions: Record<string, { x: number; y: number }>;
};
