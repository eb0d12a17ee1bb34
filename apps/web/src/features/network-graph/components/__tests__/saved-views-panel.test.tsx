import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { Schema } from '@khsae/api-client';

import type { GraphView, GraphViewSummary } from '@/lib/api-types';
import { mockFetch, type MockHandler } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { SAVED_VIEWS_STORAGE_KEY } from '../../constants';
import { useSavedViews } from '../../hooks/use-saved-views';
import { EMPTY_CANVAS } from '../../model/canvas-state';
import type { SavedView } from '../../model/saved-views';
import { SavedViewsPanel } from '../saved-views-panel';

const realFetch = globalThis.fetch;
beforeEach(() => localStorage.clear());
afterEach(() => {
  globalThis.fetch = realFetch;
});

const canvas = { version: 1 as const, layout: 'fcose', state: EMPTY_CANVAS, positions: {} };
const summary = (name: string, over: Partial<GraphViewSummary> = {}): GraphViewSummary => ({
  id: `id-${name}`,
  name,
  nodeCount: 12,
  version: 2,
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  archivedAt: null,
  ...over,
});
const page = (items: GraphViewSummary[]): Schema<'GraphViewPageResponseDto'> => ({
  items,
  page: 1,
  pageSize: 100,
  total: items.length,
});

/** The panel as the side panel wires it: saving goes through useSavedViews, as the canvas commands do. */
function Harness({
  onLoad = jest.fn(),
  canSave = true,
}: {
  onLoad?: (v: SavedView) => void;
  canSave?: boolean;
}) {
  const saved = useSavedViews();
  return (
    <SavedViewsPanel
      views={saved.views}
      canSave={canSave}
      onSave={(name) => saved.save({ ...canvas, name, savedAt: '2026-11-25T10:00:00.000Z' })}
      onLoad={onLoad}
      onDelete={saved.remove}
      language="en"
    />
  );
}

type Call = { method: string; path: string; body: unknown };

function serve(views: GraphViewSummary[], extra: MockHandler = () => undefined) {
  const calls: Call[] = [];
  mockFetch((request) => {
    calls.push({ method: request.method, path: request.url.pathname, body: request.body });
    const answer = extra(request);
    if (answer) return answer;
    if (request.method === 'GET' && request.url.pathname === '/api/graph/views')
      return { status: 200, body: page(views) };
    return undefined;
  });
  return calls;
}

describe('SavedViewsPanel', () => {
  it('should say the views are the user’s own on the server, list them, and save a new one', async () => {
    const calls = serve([summary('Poipet')], ({ method, body }) =>
      method === 'POST'
        ? { status: 201, body: { ...summary((body as { name: string }).name), canvas } }
        : undefined,
    );
    renderWithApp(<Harness />);
    expect(screen.getByText(/Saved on the server for you alone/)).toBeTruthy();
    expect(screen.getByText('Loading your saved views…')).toBeTruthy();
    expect(await screen.findByText('Poipet')).toBeTruthy();
    expect(screen.getByText(/12 records/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(screen.getByText('Give the view a name.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: 'x'.repeat(121) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(screen.getByText('A view name has at most 120 characters.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: ' Sihanoukville ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(await screen.findByText('Saved "Sihanoukville".')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/graph/views',
      body: { name: 'Sihanoukville', canvas },
    });
  });

  it('should show the empty state, and refuse to save an empty canvas', async () => {
    serve([]);
    renderWithApp(<Harness canSave={false} />);
    expect(await screen.findByText('No saved views yet.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(screen.getByText('The canvas is empty: there is nothing to save.')).toBeTruthy();
  });

  it('should say when the list cannot be loaded, and try again', async () => {
    let fail = true;
    serve([summary('Poipet')], ({ method }) =>
      method === 'GET' && fail
        ? { status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'no' } }
        : undefined,
    );
    renderWithApp(<Harness />);
    const alert = (await screen.findByText(/could not be loaded/)).closest<HTMLElement>(
      '[role=alert]',
    )!;
    expect(alert).toBeTruthy();
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Poipet')).toBeTruthy();
  });

  it('should ask before overwriting a view of the same name, then send the version it read', async () => {
    const calls = serve([summary('Poipet', { version: 4 })], ({ method }) =>
      method === 'PATCH'
        ? { status: 200, body: { ...summary('Poipet', { version: 5 }), canvas } }
        : undefined,
    );
    renderWithApp(<Harness />);
    await screen.findByText('Poipet');
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: 'POIPET' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    const question = screen.getByRole('alertdialog');
    expect(within(question).getByText(/already have a view named "POIPET"/)).toBeTruthy();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
    fireEvent.click(within(question).getByRole('button', { name: 'Overwrite' }));
    expect(await screen.findByText('Saved "POIPET".')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')).toEqual({
      method: 'PATCH',
      path: '/api/graph/views/id-Poipet',
      body: { version: 4, canvas },
    });
  });

  it('should show a conflict clearly when the view was changed elsewhere, and reload the list', async () => {
    let version = 4;
    const calls = serve([], ({ method, url }) => {
      if (method === 'GET' && url.pathname === '/api/graph/views')
        return { status: 200, body: page([summary('Poipet', { version })]) };
      if (method === 'PATCH') {
        version = 6;
        return {
          status: 409,
          body: {
            statusCode: 409,
            error: 'Conflict',
            message: 'changed',
            current: { ...summary('Poipet', { version: 6 }), canvas },
          },
        };
      }
      return undefined;
    });
    renderWithApp(<Harness />);
    await screen.findByText('Poipet');
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: 'Poipet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Overwrite' }),
    );
    expect(await screen.findByText(/was changed elsewhere/)).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'GET' && c.path === '/api/graph/views')).toHaveLength(
        2,
      ),
    );
  });

  it('should name a taken name and an oversize canvas in words', async () => {
    serve([], ({ method, body }) =>
      method === 'POST'
        ? (body as { name: string }).name === 'Taken'
          ? {
              status: 409,
              body: {
                statusCode: 409,
                error: 'Conflict',
                message: 'name: taken',
                fields: [{ field: 'name', problems: ['taken'] }],
              },
            }
          : { status: 413, body: { statusCode: 413, error: 'Payload Too Large', message: 'big' } }
        : undefined,
    );
    renderWithApp(<Harness />);
    await screen.findByText('No saved views yet.');
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: 'Taken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(await screen.findByText(/you already have a view of this name/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: 'Huge' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(await screen.findByText(/the canvas is too large to store/)).toBeTruthy();
  });

  it('should open a view by fetching its canvas', async () => {
    const onLoad = jest.fn();
    const stored: GraphView = { ...summary('Poipet'), canvas };
    serve([summary('Poipet'), summary('Broken')], ({ url }) => {
      if (url.pathname === '/api/graph/views/id-Poipet') return { status: 200, body: stored };
      if (url.pathname === '/api/graph/views/id-Broken')
        return { status: 200, body: { ...stored, canvas: { version: 1 } } };
      return undefined;
    });
    renderWithApp(<Harness onLoad={onLoad} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open view Poipet' }));
    await waitFor(() =>
      expect(onLoad).toHaveBeenCalledWith({
        ...canvas,
        name: 'Poipet',
        savedAt: '2026-11-25T10:00:00.000Z',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open view Broken' }));
    expect(await screen.findByText(/cannot draw its canvas/)).toBeTruthy();
    expect(onLoad).toHaveBeenCalledTimes(1);
  });

  it('should rename a view with its version, and say when the name is taken', async () => {
    const calls = serve([summary('Poipet'), summary('Kampot')], ({ method, body }) => {
      if (method !== 'PATCH') return undefined;
      return (body as { name: string }).name === 'Kampot'
        ? {
            status: 409,
            body: {
              statusCode: 409,
              error: 'Conflict',
              message: 'name',
              fields: [{ field: 'name', problems: ['taken'] }],
            },
          }
        : { status: 200, body: { ...summary('Poipet 2'), canvas } };
    });
    renderWithApp(<Harness />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename view Poipet' }));
    fireEvent.change(screen.getByLabelText('New name'), { target: { value: 'Kampot' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(
      await screen.findByText(/not renamed: you already have a view of this name/),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('New name'), { target: { value: 'Poipet 2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the name' }));
    await waitFor(() => expect(screen.queryByLabelText('New name')).toBeNull());
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { version: 2, name: 'Kampot' },
      { version: 2, name: 'Poipet 2' },
    ]);
  });

  it('should ask before deleting, then delete on the server', async () => {
    let views = [summary('Poipet')];
    const calls = serve([], ({ method, url }) => {
      if (method === 'GET' && url.pathname === '/api/graph/views')
        return { status: 200, body: page(views) };
      if (method === 'DELETE') {
        views = [];
        return { status: 200, body: summary('Poipet', { archivedAt: '2026-11-26T00:00:00Z' }) };
      }
      return undefined;
    });
    renderWithApp(<Harness />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete view Poipet' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    const question = screen.getByRole('alertdialog');
    fireEvent.click(within(question).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No saved views yet.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe('/api/graph/views/id-Poipet');
  });

  it('should offer once to import views saved in this browser, keeping those the server refused', async () => {
    const old = (name: string) => ({ ...canvas, name, savedAt: '2026-01-01T00:00:00.000Z' });
    localStorage.setItem(SAVED_VIEWS_STORAGE_KEY, JSON.stringify([old('A'), old('B')]));
    const calls = serve([], ({ method, body }) =>
      method === 'POST'
        ? (body as { name: string }).name === 'B'
          ? {
              status: 409,
              body: {
                statusCode: 409,
                error: 'Conflict',
                message: 'taken',
                fields: [{ field: 'name', problems: ['taken'] }],
              },
            }
          : { status: 201, body: { ...summary('A'), canvas } }
        : undefined,
    );
    renderWithApp(<Harness />);
    expect(screen.getByText(/2 were saved in this browser only/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import them' }));
    expect(await screen.findByText(/Imported 1 views. 1 stay in this browser/)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { name: 'A', canvas },
      { name: 'B', canvas },
    ]);
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_STORAGE_KEY) ?? '[]')).toEqual([old('B')]);
    fireEvent.click(screen.getByRole('button', { name: 'Leave them' }));
    expect(screen.queryByRole('button', { name: 'Import them' })).toBeNull();
  });
});
