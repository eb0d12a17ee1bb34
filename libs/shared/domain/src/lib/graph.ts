export const GRAPH_MAX_HOPS = 3;
export const GRAPH_PATH_MAX_HOPS = 6;
export const GRAPH_NODE_LIMIT_DEFAULT = 500;
export const GRAPH_NODE_LIMIT_MAX = 2000;
