/**
 * The workbench with a headless cytoscape (jsdom has no canvas): search, URL seeds, expansion,
 * undo and errors, checked through what the page says and what the instance holds.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Core } from 'cytoscape';
import type { ComponentType } from 'react';

import type { GraphResult, SearchResult } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';

let lastCy: Core | null = null;

jest.unstable_mockModule('../../hooks/use-cytoscape', async () => {
  const { default: cytoscape } = await import('cytoscape');
  const { useEffect, useState } = await import('react');
  await import('../../cytoscape/register-extensions');
  return {
    useCytoscape: () => {
      const [cy, setCy] = useState<Core | null>(null);
      useEffect(() => {
        const instance = cytoscape({ headless: true, styleEnabled: true });
        lastCy = instance;
        setCy(instance);
        return () => instance.destroy();
      }, []);
      return cy;
    },
  };
});

let GraphWorkbench: ComponentType;
beforeAll(async () => {
  ({ GraphWorkbench } = await import('../graph-workbench'));
});

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  lastCy = null;
});

const broker = graphNode('broker', 1, { depth: 0, label: 'Heng Dara' });
const victim = graphNode('victim', 2, { label: 'V-2026-000007' });
const compound = graphNode('compound', 3, { label: 'Golden Lotus Park' });
const more = graphNode('victim', 4, { label: 'V-2026-000008' });
const network: GraphResult = graphResult(
  [broker, victim, compound],
  [graphEdge(broker, victim), graphEdge(victim, compound, { type: 'held_at' })],
  { truncated: true, frontier: [{ key: compound.key, hidden: 1 }] },
);
const aroundCompound = graphResult(
  [compound, more],
  [graphEdge(more, compound, { type: 'held_at' })],
);

function serve(requests: URL[] = []) {
  return mockFetch(({ url }) => {
    requests.push(url);
    if (url.pathname === '/api/search') {
      const hit: SearchResult = {
        kind: 'broker',
        id: broker.id,
        label: 'Heng Dara',
        sublabel: 'B-0001',
        matchedField: 'name',
        matchedText: 'Heng Dara',
        score: 1,
        match: 'exact',
        place: null,
      };
      return { status: 200, body: [hit] };
    }
    if (url.pathname === '/api/graph/neighbourhood') {
      return {
        status: 200,
        body: url.searchParams.get('seeds') === compound.key ? aroundCompound : network,
      };
    }
    return undefined;
  });
}

const counts = () => screen.getByTestId('graph-counts').textContent;

describe('GraphWorkbench', () => {
  it('should start empty and say how to begin', async () => {
    serve();
    renderWithApp(<GraphWorkbench />, { path: '/graph', route: '/graph' });
    expect(
      await screen.findByText('Search for a broker, victim, compound or village to start'),
    ).toBeTruthy();
    expect(counts()).toBe('0 records, 0 links on the canvas');
  });

  it('should open the legend and the keyboard list of records under the canvas', async () => {
    serve();
    renderWithApp(<GraphWorkbench />, { path: '/graph', route: `/graph?seeds=${broker.key}` });
    await waitFor(() => expect(counts()).toBe('3 records, 2 links on the canvas'));
    const legend = screen.getByRole('button', { name: 'Legend' });
    expect(legend.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(legend);
    expect(legend.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('region', { name: 'Marks' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Records on the canvas (3)' }));
    const list = screen.getByRole('listbox', { name: 'Records on the canvas' });
    fireEvent.keyDown(list.querySelector('[role="option"]') as HTMLElement, { key: 'Enter' });
    await waitFor(() => expect(lastCy?.$(':selected').map((n) => n.id())).toHaveLength(1));
  });

  it('should open the network named in the URL, say it is truncated, expand and undo', async () => {
    const requests: URL[] = [];
    serve(requests);
    renderWithApp(<GraphWorkbench />, { path: '/graph', route: `/graph?seeds=${broker.key}` });
    await waitFor(() => expect(counts()).toBe('3 records, 2 links on the canvas'));
    const first = requests.find((u) => u.pathname === '/api/graph/neighbourhood');
    expect(first?.searchParams.get('seeds')).toBe(broker.key);
    expect(first?.searchParams.get('hops')).toBe('2');
    expect(first?.searchParams.get('limit')).toBe('500');
    expect(screen.getByTestId('graph-truncated').textContent).toContain('1 links lead from them');
    expect(
      lastCy
        ?.nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual([broker.key, victim.key, compound.key].sort());

    // Expanding the compound (what a double-click does) merges one hop around it.
    act(() => {
      lastCy?.getElementById(compound.key).emit('dbltap');
    });
    await waitFor(() => expect(counts()).toBe('4 records, 3 links on the canvas'));
    const expansion = requests.filter((u) => u.pathname === '/api/graph/neighbourhood').at(-1);
    expect(expansion?.searchParams.get('hops')).toBe('1');
    expect(lastCy?.getElementById(more.key).data('broughtBy')).toBe(compound.key);

    fireEvent.click(screen.getByTestId('graph-undo'));
    await waitFor(() => expect(counts()).toBe('3 records, 2 links on the canvas'));
    fireEvent.click(screen.getByTestId('graph-redo'));
    await waitFor(() => expect(counts()).toBe('4 records, 3 links on the canvas'));
  });

  it('should add a record found by search with its network', async () => {
    serve();
    renderWithApp(<GraphWorkbench />, { path: '/graph', route: '/graph' });
    fireEvent.change(screen.getByTestId('graph-search'), { target: { value: 'Heng' } });
    fireEvent.click(await screen.findByRole('option', { name: /Heng Dara/ }, { timeout: 2000 }));
    await waitFor(() => expect(counts()).toBe('3 records, 2 links on the canvas'));
    expect(screen.queryByTestId('graph-empty')).toBeNull();
  });

  it('should explain a failed load in a sentence', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/graph/neighbourhood'
        ? {
            status: 400,
            body: { statusCode: 400, error: 'Bad Request', message: 'seeds: no active broker' },
          }
        : undefined,
    );
    renderWithApp(<GraphWorkbench />, { path: '/graph', route: `/graph?seeds=${broker.key}` });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The network could not be loaded: seeds: no active broker',
    );
    expect(counts()).toBe('0 records, 0 links on the canvas');
  });
});
