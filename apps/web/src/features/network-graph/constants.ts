import { GRAPH_NODE_LIMIT_DEFAULT, GRAPH_NODE_LIMIT_MAX } from '@khsae/domain';

/**
 * Performance budget of the canvas. Past MAX_RENDERED_NODES the workbench refuses to add more and
 * offers the filters instead (network-graph.md explains the figures behind these numbers).
 */
export const MAX_RENDERED_NODES = GRAPH_NODE_LIMIT_MAX;
/** Node cap of a neighbourhood request unless the user picks another. */
export const DEFAULT_NODE_LIMIT = GRAPH_NODE_LIMIT_DEFAULT;
/** Node cap of one double-click expansion: one hop, merged into what is there. */
export const EXPAND_NODE_LIMIT = 200;
/**
 * Up to this many nodes fCoSE runs in its "default" quality (spectral, then force refinement: no
 * overlaps, ~0.6 s at 400), and an expansion refines from the current positions. Above it, "draft".
 */
export const QUALITY_LAYOUT_MAX_NODES = 400;
/** Distance between records that a draft layout put on one spot, once spread apart. */
export const DRAFT_NODE_SPACING = 34;
/** Above this many nodes fCoSE's spectral step samples fewer nodes (10 instead of 25). */
export const LARGE_LAYOUT_NODES = 1000;
/** Above this many edges, edges are drawn as straight "haystack" lines (much cheaper than bezier). */
export const HAYSTACK_EDGE_THRESHOLD = 1500;
/** Below this zoom level labels are hidden, so a zoomed-out canvas of 2,000 nodes stays fluid. */
export const MIN_LABEL_ZOOM = 0.45;
/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 100;
/** How many key players the panel lists. */
export const KEY_PLAYERS_LISTED = 10;
/** Where an earlier version kept named views in the browser: read once, to offer their import. */
export const SAVED_VIEWS_STORAGE_KEY = 'khsae.graph.views';
/** The layout and render budget for MAX_RENDERED_NODES, measured by graph.e2e-spec.ts. */
export const RENDER_BUDGET_MS = 3000;
/** Fitting a handful of records must not blow them up to fill the screen. */
export const MAX_FIT_ZOOM = 1.3;
