import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { LinkType, RecordKind } from '@khsae/domain';

import { describeError } from '@/lib/describe-error';

import {
  keyPlayersQueryOptions,
  neighbourhoodQueryOptions,
  pathQueryOptions,
} from '../api/graph-queries';
import { EXPAND_NODE_LIMIT, MAX_RENDERED_NODES } from '../constants';
import { filterParams, kindOfKey } from '../model/graph-filters';
import type { GraphNotice, WorkbenchStore } from '../model/workbench-store';

/** Seeds the API accepts in one request. */
const MAX_SEEDS = 50;

const kindsOf = (keys: readonly string[]) =>
  keys.map(kindOfKey).filter((kind): kind is RecordKind => kind !== null);

/**
 * The canvas changes that need the API: each fetches through TanStack Query with the filters of the
 * moment, then dispatches the answer (one undo step); a failure becomes a notice.
 */
export function useGraphRequests(store: WorkbenchStore) {
  const queryClient = useQueryClient();
  const { t: tCommon } = useTranslation();

  return useMemo(() => {
    const { dispatch, getState } = store;

    async function run<T>(
      work: () => Promise<T>,
      failure: (reason: string) => GraphNotice,
    ): Promise<T | null> {
      dispatch({ type: 'requestStarted' });
      try {
        return await work();
      } catch (error) {
        dispatch({ type: 'notify', notice: failure(describeError(error, tCommon)) });
        return null;
      } finally {
        dispatch({ type: 'requestEnded' });
      }
    }

    const loadFailed = (reason: string): GraphNotice => ({
      tone: 'error',
      message: 'errors.load',
      values: { reason },
    });

    /** The neighbourhood of the seeds, at the hops and cap of the filters. */
    function aroundSeeds(keys: string[]) {
      const { filters } = getState();
      return {
        seeds: [...keys].sort(),
        hops: filters.hops,
        limit: Math.min(filters.limit, MAX_RENDERED_NODES),
        ...filterParams(filters, kindsOf(keys)),
      };
    }

    return {
      /** Puts records and their network on the canvas; `reload` starts a fresh canvas from them. */
      load: async (seeds: string[], label: string, mode: 'add' | 'reload' = 'add') => {
        const keys = seeds.slice(0, MAX_SEEDS);
        if (keys.length === 0) return;
        const request = aroundSeeds(keys);
        const answer = await run(
          () => queryClient.fetchQuery(neighbourhoodQueryOptions(request)),
          loadFailed,
        );
        if (answer) dispatch({ type: mode, seeds: keys, answer, label });
      },

      expand: async (key: string, record: string, label: string, linkTypes?: LinkType[]) => {
        const kind = kindOfKey(key);
        if (!kind) return;
        const request = {
          seeds: [key],
          hops: 1,
          limit: EXPAND_NODE_LIMIT,
          ...filterParams(getState().filters, [kind], linkTypes),
        };
        const answer = await run(
          () => queryClient.fetchQuery(neighbourhoodQueryOptions(request)),
          (reason) => ({
            tone: 'error',
            message: 'errors.expand',
            values: { label: record, reason },
          }),
        );
        if (answer) dispatch({ type: 'expand', key, answer, label });
      },

      findPath: async (from: string, to: string, maxHops: number, label: string) => {
        const request = {
          from,
          to,
          maxHops,
          ...filterParams(getState().filters, kindsOf([from, to])),
        };
        const answer = await run(
          () => queryClient.fetchQuery(pathQueryOptions(request)),
          loadFailed,
        );
        if (answer) dispatch({ type: 'pathFound', from, answer, maxHops, label });
      },

      findKeyPlayers: async (seeds: string[], label: string) => {
        const keys = seeds.slice(0, MAX_SEEDS);
        if (keys.length === 0) return;
        const request = aroundSeeds(keys);
        const answer = await run(
          () => queryClient.fetchQuery(keyPlayersQueryOptions(request)),
          loadFailed,
        );
        if (answer) dispatch({ type: 'keyPlayersFound', seeds: keys, answer, label });
      },
    };
  }, [queryClient, store, tCommon]);
}

export type GraphRequests = ReturnType<typeof useGraphRequests>;
