import { afterEach, describe, expect, it } from '@jest/globals';

import { mockFetch } from '@/testing/mock-fetch';

import { answer, api, ApiError, isApiError } from './api';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

const ID = '82e00e89-1800-4d7f-bba0-6fbed46d72db';

describe('answer', () => {
  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const fetchMock = mockFetch(({ method, url, body }) =>
      method === 'POST' && url.pathname === '/api/auth/login'
        ? { status: 200, body: { echoed: body } }
        : undefined,
    );

    const result = await answer(
      api.POST('/api/auth/login', { body: { email: 'a@b.c', password: 'x' } }),
    );

    expect(result).toEqual({ echoed: { email: 'a@b.c', password: 'x' } });
    const request = fetchMock.mock.calls[0]?.[0] as Request;
    expect(request.credentials).toBe('same-origin');
    expect(request.headers.get('Content-Type')).toBe('application/json');
  });

  it('fills path parameters and sends lists comma-separated, leaving out what is unset', async () => {
    const urls: URL[] = [];
    mockFetch(({ url }) => {
      urls.push(url);
      return { status: 200, body: [] };
    });

    await answer(api.GET('/api/places/{id}', { params: { path: { id: ID } } }));
    await answer(
      api.GET('/api/graph/neighbourhood', {
        params: { query: { seeds: [`broker:${ID}`, `victim:${ID}`], kinds: undefined, hops: 2 } },
      }),
    );

    expect(urls[0]?.pathname).toBe(`/api/places/${ID}`);
    expect(urls[1]?.pathname).toBe('/api/graph/neighbourhood');
    expect(urls[1]?.search).toBe(`?seeds=broker%3A${ID},victim%3A${ID}&hops=2`);
    expect(urls[1]?.searchParams.get('seeds')).toBe(`broker:${ID},victim:${ID}`);
  });

  it('returns undefined for 204 No Content', async () => {
    mockFetch(() => ({ status: 204 }));
    await expect(answer(api.POST('/api/auth/logout'))).resolves.toBeUndefined();
  });

  it('throws an ApiError carrying the status and the error body', async () => {
    const current = { id: ID, version: 4 };
    mockFetch(() => ({
      status: 409,
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'The user was changed by someone else.',
        current,
      },
    }));

    const error = await caught(
      answer(api.PATCH('/api/users/{id}', { params: { path: { id: ID } }, body: { version: 3 } })),
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.message).toBe('The user was changed by someone else.');
    expect(error.body.current).toEqual(current);
  });

  it('groups validation problems by field', async () => {
    mockFetch(() => ({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid input',
        fields: [
          { field: 'email', problems: ['must be an email'] },
          { field: 'displayName', problems: ['is too short'] },
          { field: 'displayName', problems: ['is too common'] },
        ],
      },
    }));

    const error = await caught(
      answer(
        api.POST('/api/users', {
          body: { email: 'x', displayName: 'X', role: 'auditor' },
        }),
      ),
    );

    expect(error.status).toBe(400);
    expect(error.fieldProblems()).toEqual({
      email: ['must be an email'],
      displayName: ['is too short', 'is too common'],
    });
  });

  it('joins a message array into one sentence list', async () => {
    mockFetch(() => ({
      status: 400,
      body: { statusCode: 400, message: ['email is required', 'role is invalid'] },
    }));
    const error = await caught(answer(api.GET('/api/users')));
    expect(error.message).toBe('email is required; role is invalid');
    expect(error.body.error).toBe('Error');
  });

  it('never exposes a non-JSON error page', async () => {
    mockFetch(() => ({
      status: 503,
      rawBody: '<html><body>Error: at Object.<anonymous> (/srv/main.js:1)</body></html>',
    }));
    const error = await caught(answer(api.GET('/api/health')));
    expect(error.status).toBe(503);
    expect(error.message).not.toContain('<html>');
    expect(error.message).not.toContain('main.js');
    expect(error.body.fields).toBeUndefined();
  });

  it('maps a network failure to status 0', async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await caught(answer(api.GET('/api/auth/me')));
    expect(error.status).toBe(0);
    expect(error.message).toBe('The server could not be reached.');
  });

  it('lets a cancelled request end as an AbortError, not as an API error', async () => {
    const controller = new AbortController();
    globalThis.fetch = ((request: Request) =>
      new Promise((_, reject) => {
        request.signal.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        );
      })) as typeof fetch;

    const pending = answer(api.GET('/api/auth/me', { signal: controller.signal }));
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(pending).rejects.not.toBeInstanceOf(ApiError);
  });
});
