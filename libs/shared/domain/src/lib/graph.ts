import type { ConfidenceGrade, LinkSource, LinkType, RecordKind } from './registry';

/** A record on the link-graph canvas. Victims carry their code only, never identity. */
export type GraphNode = {
  /** `${kind}:${id}`: stable across requests, so the canvas can diff. */
  key: string;
  kind: RecordKind;
  id: string;
  label: string;
  sublabel: string | null;
  /** Kind-specific facts for styling: a broker's role, a victim's or compound's status, a place's kind. */
  category: string | null;
  /** Hops from the nearest seed (0 for seeds). */
  depth: number;
};

export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  type: LinkType;
  confidence: ConfidenceGrade;
  sourceKind: LinkSource;
  startedOn: string | null;
  endedOn: string | null;
  evidence: string | null;
};

export type GraphResult = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the node cap stopped the expansion. */
  truncated: boolean;
  /** Nodes with neighbours that were not included (because of the cap or the hop limit), and how many. */
  frontier: { key: string; hidden: number }[];
};

export type GraphPathResult = GraphResult & {
  found: boolean;
  /** Each shortest path as node keys from `from` to `to` (several when they tie). */
  paths: string[][];
  hops: number | null;
  /** Why nothing was found: none within the hop limit, or the search ran out of time. */
  reason: 'found' | 'no_path_within_limit' | 'timeout';
};

export type KeyPlayer = {
  key: string;
  label: string;
  kind: RecordKind;
  degree: number;
  betweenness: number;
};

export type VillageFlow = {
  area: { id: string; label: string };
  villages: { id: string; label: string; victims: number }[];
  brokers: { id: string; label: string; victims: number }[];
  destinations: { key: string; label: string; country: string; victims: number }[];
  /** Sankey links: village → broker → compound, and compound → country, with counts of victims. */
  flows: { from: string; to: string; victims: number }[];
  totalVictims: number;
};

export const GRAPH_MAX_HOPS = 3;
export const GRAPH_PATH_MAX_HOPS = 6;
export const GRAPH_NODE_LIMIT_DEFAULT = 500;
export const GRAPH_NODE_LIMIT_MAX = 2000;
