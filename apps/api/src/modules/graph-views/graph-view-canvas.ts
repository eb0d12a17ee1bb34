import { GRAPH_VIEW_CANVAS_MAX_BYTES, GRAPH_VIEW_CANVAS_MAX_NODES } from '@khsae/domain';

const LAYOUT_MAX = 100;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How many records a canvas holds (its `state.nodes`); 0 for anything that is not a canvas. */
export function canvasNodeCount(canvas: unknown): number {
  if (!isObject(canvas) || !isObject(canvas['state'])) return 0;
  const nodes = canvas['state']['nodes'];
  return isObject(nodes) ? Object.keys(nodes).length : 0;
}

/**
 * What is wrong with a canvas document, or null. The API checks its outline and bounds only: the
 * workbench owns the rest of the document and checks it again when it opens a view.
 */
export function canvasProblem(canvas: unknown): string | null {
  if (!isObject(canvas)) return 'must be an object with version, layout, state and positions';
  if (canvas['version'] !== 1) return 'must have version 1';
  const layout = canvas['layout'];
  if (typeof layout !== 'string' || layout.length === 0 || layout.length > LAYOUT_MAX)
    return `must have a layout name of 1 to ${LAYOUT_MAX} characters`;
  const state = canvas['state'];
  if (!isObject(state) || !isObject(state['nodes']))
    return 'must have a state object with a nodes object';
  if (!isObject(canvas['positions'])) return 'must have a positions object';
  const limit = GRAPH_VIEW_CANVAS_MAX_NODES.toLocaleString('en');
  if (canvasNodeCount(canvas) > GRAPH_VIEW_CANVAS_MAX_NODES)
    return `must hold at most ${limit} records`;
  if (Object.keys(canvas['positions']).length > GRAPH_VIEW_CANVAS_MAX_NODES)
    return `must have at most ${limit} positions`;
  if (Buffer.byteLength(JSON.stringify(canvas), 'utf8') > GRAPH_VIEW_CANVAS_MAX_BYTES)
    return `must be at most ${GRAPH_VIEW_CANVAS_MAX_BYTES / 1024 / 1024} MB as JSON`;
  return null;
}
