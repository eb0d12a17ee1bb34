import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphPathResult, GraphResult, KeyPlayer, LinkType, RecordKind } from '@khsae/domain';

import { describeError } from '@/lib/describe-error';

import {
  keyPlayersQueryOptions,
  neighbourhoodQueryOptions,
  pathQueryOptions,
} from '../api/graph-queries';
import { EXPAND_NODE_LIMIT, MAX_RENDERED_NODES } from '../constants';
import { pathHighlight } from '../cytoscape/highlight';
import type { GraphT } from '../i18n/graph-i18n';
import { EMPTY_CANVAS, mergeGraph, type CanvasState } from '../model/canvas-state';
import { filterParams, kindOfKey, type GraphFilters } from '../model/graph-filters';
import { assignProvenance } from '../model/provenance';

import type { GraphWorkspace } from './use-graph-workspace';

export type GraphNotice = { tone: 'info' | 'warning' | 'error'; text: string };
export type Truncation = { shown: number; hidden: number };
export type PathState = {
  result: GraphPathResult;
  highlight: ReturnType<typeof pathHighlight>;
  maxHops: number;
};

const INFO_NOTICE_MS = 6000;
/** Seeds the API accepts in one request. */
const MAX_SEEDS = 50;

/** The canvas changes that need the API: each one fetches, then merges its answer as one undo step. */
export function useGraphActions(workspace: GraphWorkspace, filters: GraphFilters, t: GraphT) {
  const queryClient = useQueryClient();
  const { t: tCommon } = useTranslation();
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState<GraphNotice | null>(null);
  const [truncation, setTruncation] = useState<Truncation | null>(null);
  const [path, setPath] = useState<PathState | null>(null);
  const [keyPlayers, setKeyPlayers] = useState<KeyPlayer[] | null>(null);
  const { commit } = workspace;

  // Confirmations fade by themselves; warnings and errors stay until dismissed.
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(() => setNotice(null), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const run = useCallback(
    async <T>(work: () => Promise<T>, failure: (reason: string) => string): Promise<T | null> => {
      setPending((n) => n + 1);
      try {
        return await work();
      } catch (error) {
        setNotice({ tone: 'error', text: failure(describeError(error, tCommon)) });
        return null;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [tCommon],
  );

  /** Merges an answer as one undo step and reports what did not fit. */
  const merge = useCallback(
    (
      result: Pick<GraphResult, 'nodes' | 'edges' | 'frontier' | 'truncated'>,
      broughtBy: string | null | ReadonlyMap<string, string | null>,
      label: string,
      replace = false,
    ) => {
      let leftOut = 0;
      const after: CanvasState = commit((current) => {
        // Reloading starts a fresh canvas (one undo step brings the old one back).
        const base = replace
          ? { ...EMPTY_CANVAS, nextGroupNumber: current.nextGroupNumber }
          : current;
        const merged = mergeGraph(base, result, { broughtBy, maxNodes: MAX_RENDERED_NODES });
        leftOut = merged.leftOut;
        return merged.state;
      }, label);
      if (leftOut > 0) {
        setNotice({ tone: 'warning', text: t('capReached', { max: MAX_RENDERED_NODES }) });
      }
      if (result.truncated || leftOut > 0) {
        const hidden = Object.values(after.frontier).reduce((sum, n) => sum + n, 0) + leftOut;
        setTruncation({ shown: Object.keys(after.nodes).length, hidden });
      }
    },
    [commit, t],
  );

  const loadAround = useCallback(
    async (seeds: { key: string; label: string }[], label: string, replace = false) => {
      const keys = seeds.map((s) => s.key).slice(0, MAX_SEEDS);
      if (keys.length === 0) return;
      const kinds = keys.map(kindOfKey).filter((k): k is RecordKind => k !== null);
      const request = {
        seeds: [...keys].sort(),
        hops: filters.hops,
        limit: Math.min(filters.limit, MAX_RENDERED_NODES),
        ...filterParams(filters, kinds),
      };
      const result = await run(
        () => queryClient.fetchQuery(neighbourhoodQueryOptions(request)),
        (reason) => t('errors.load', { reason }),
      );
      if (!result) return;
      setTruncation(null);
      if (replace) {
        setPath(null);
        setKeyPlayers(null);
        commit(
          (current) => ({ ...current, nodes: {}, edges: {}, frontier: {}, hidden: [] }),
          label,
        );
      }
      merge(result, assignProvenance(result.nodes, result.edges, keys), label);
    },
    [commit, filters, merge, queryClient, run, t],
  );

  const expand = useCallback(
    async (key: string, label: string, linkTypes?: LinkType[]) => {
      const kind = kindOfKey(key);
      if (!kind) return;
      const request = {
        seeds: [key],
        hops: 1,
        limit: EXPAND_NODE_LIMIT,
        ...filterParams(filters, [kind], linkTypes),
      };
      const result = await run(
        () => queryClient.fetchQuery(neighbourhoodQueryOptions(request)),
        (reason) => t('errors.expand', { label, reason }),
      );
      if (result) {
        const action = linkTypes ? 'actions.expandByType' : 'actions.expand';
        merge(result, key, t(action, { label }));
      }
    },
    [filters, merge, queryClient, run, t],
  );

  const findPath = useCallback(
    async (from: string, to: string, maxHops: number, label: string) => {
      const kinds = [kindOfKey(from), kindOfKey(to)].filter((k): k is RecordKind => k !== null);
      const request = { from, to, maxHops, ...filterParams(filters, kinds) };
      const result = await run(
        () => queryClient.fetchQuery(pathQueryOptions(request)),
        (reason) => t('errors.load', { reason }),
      );
      if (!result) return;
      if (result.found) merge(result, from, label);
      setPath({ result, highlight: pathHighlight(result), maxHops });
    },
    [filters, merge, queryClient, run, t],
  );

  const findKeyPlayers = useCallback(
    async (seeds: string[], label: string) => {
      const keys = seeds.slice(0, MAX_SEEDS);
      if (keys.length === 0) return;
      const kinds = keys.map(kindOfKey).filter((k): k is RecordKind => k !== null);
      const request = {
        seeds: [...keys].sort(),
        hops: filters.hops,
        limit: Math.min(filters.limit, MAX_RENDERED_NODES),
        ...filterParams(filters, kinds),
      };
      const result = await run(
        () => queryClient.fetchQuery(keyPlayersQueryOptions(request)),
        (reason) => t('errors.load', { reason }),
      );
      if (!result) return;
      merge(result.graph, assignProvenance(result.graph.nodes, result.graph.edges, keys), label);
      setKeyPlayers(result.players);
    },
    [filters, merge, queryClient, run, t],
  );

  return {
    isPending: pending > 0,
    notice,
    dismissNotice: () => setNotice(null),
    showNotice: setNotice,
    truncation,
    dismissTruncation: () => setTruncation(null),
    path,
    clearPath: () => setPath(null),
    keyPlayers,
    clearKeyPlayers: () => setKeyPlayers(null),
    loadAround,
    expand,
    findPath,
    findKeyPlayers,
  };
}

export type GraphActions = ReturnType<typeof useGraphActions>;
