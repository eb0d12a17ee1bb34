import { describe, expect, it, jest } from '@jest/globals';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';

import { sokha } from '@/testing/registry-fixtures';

import { ApiError } from './api';
import type { Broker } from './api-types';
import { createQueryClient } from './query-client';
import { recordMutations, useRefreshingMutation } from './record-mutations';
import { recordKeys } from './record-queries';
import type { RegistryApi, RegistryCreateBody, RegistryPatchBody } from './registry-api';

const keys = recordKeys<{ q: string }>('brokers');
const saved: Broker = { ...sokha, id: 't1', version: 2, nameLatin: 'Saved' };

function setup(api: Partial<RegistryApi<'brokers'>>) {
  const writes = recordMutations<'brokers'>(keys, {
    list: () => Promise.resolve({ items: [], page: 1, pageSize: 25, total: 0, totalExact: true }),
    get: () => Promise.resolve(saved),
    create: () => Promise.resolve(saved),
    update: () => Promise.resolve(saved),
    archive: () => Promise.resolve(saved),
    restore: () => Promise.resolve(saved),
    ...api,
  });
  const queryClient = createQueryClient();
  const list = { q: '' };
  queryClient.setQueryData(keys.list(list), { items: [], page: 1, pageSize: 25, total: 0 });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hooks = renderHook(
    () => ({
      create: writes.useCreate(),
      update: writes.useUpdate(),
      archive: writes.useArchive(),
      restore: writes.useRestore(),
    }),
    { wrapper },
  );
  const listIsStale = () => queryClient.getQueryState(keys.list(list))?.isInvalidated;
  return { hooks, queryClient, listIsStale };
}

describe('recordMutations', () => {
  it('puts the saved record in its cache entry and marks its lists for refresh', async () => {
    const create = jest.fn((body: RegistryCreateBody<'brokers'>) =>
      Promise.resolve({ ...saved, nameLatin: body.nameLatin ?? null }),
    );
    const { hooks, queryClient, listIsStale } = setup({ create });

    expect(listIsStale()).toBe(false);
    await act(() => hooks.result.current.create.mutateAsync({ nameLatin: 'New', role: 'other' }));

    expect(create).toHaveBeenCalledWith({ nameLatin: 'New', role: 'other' });
    expect(queryClient.getQueryData(keys.detail('t1'))).toEqual({ ...saved, nameLatin: 'New' });
    expect(listIsStale()).toBe(true);
  });

  it('sends an update as the id and the patch apart', async () => {
    const update = jest.fn((_id: string, _patch: RegistryPatchBody<'brokers'>) =>
      Promise.resolve(saved),
    );
    const { hooks } = setup({ update });
    await act(() =>
      hooks.result.current.update.mutateAsync({ id: 't1', version: 1, nameLatin: 'X' }),
    );
    expect(update).toHaveBeenCalledWith('t1', { version: 1, nameLatin: 'X' });
  });

  it('shows the version someone else saved when an update loses the race (409)', async () => {
    const theirs: Broker = { ...saved, version: 5, nameLatin: 'Theirs' };
    const update = () =>
      Promise.reject(
        new ApiError({ statusCode: 409, error: 'Conflict', message: 'changed', current: theirs }),
      );
    const { hooks, queryClient, listIsStale } = setup({ update });

    act(() => hooks.result.current.update.mutate({ id: 't1', version: 1, nameLatin: 'Mine' }));

    await waitFor(() => expect(hooks.result.current.update.isError).toBe(true));
    expect(queryClient.getQueryData(keys.detail('t1'))).toEqual(theirs);
    expect(listIsStale()).toBe(false);
  });

  it('leaves the cache alone on any other error', async () => {
    const update = () =>
      Promise.reject(new ApiError({ statusCode: 400, error: 'Bad Request', message: 'no' }));
    const { hooks, queryClient } = setup({ update });
    act(() => hooks.result.current.update.mutate({ id: 't1', version: 1 }));
    await waitFor(() => expect(hooks.result.current.update.isError).toBe(true));
    expect(queryClient.getQueryData(keys.detail('t1'))).toBeUndefined();
  });

  it('archives and restores by id', async () => {
    const archive = jest.fn((_id: string) => Promise.resolve({ ...saved, version: 3 }));
    const restore = jest.fn((_id: string) => Promise.resolve({ ...saved, version: 4 }));
    const { hooks, queryClient } = setup({ archive, restore });

    await act(() => hooks.result.current.archive.mutateAsync('t1'));
    expect(archive).toHaveBeenCalledWith('t1');
    expect(queryClient.getQueryData<Broker>(keys.detail('t1'))?.version).toBe(3);

    await act(() => hooks.result.current.restore.mutateAsync('t1'));
    expect(restore).toHaveBeenCalledWith('t1');
    expect(queryClient.getQueryData<Broker>(keys.detail('t1'))?.version).toBe(4);
  });
});

describe('useRefreshingMutation', () => {
  it('refreshes every query under its key once the write succeeds', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(['links', 'list', { recordId: 'a' }], []);
    queryClient.setQueryData(['links', 'list', { recordId: 'b' }], []);
    queryClient.setQueryData(['brokers', 'detail', 'a'], {});
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () => useRefreshingMutation((id: string) => Promise.resolve(id), ['links', 'list']),
      { wrapper },
    );
    await act(() => result.current.mutateAsync('l1'));
    const stale = (key: unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(stale(['links', 'list', { recordId: 'a' }])).toBe(true);
    expect(stale(['links', 'list', { recordId: 'b' }])).toBe(true);
    expect(stale(['brokers', 'detail', 'a'])).toBe(false);
  });
});
