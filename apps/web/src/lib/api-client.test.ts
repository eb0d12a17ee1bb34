import { afterEach, describe, expect, it } from '@jest/globals';

import { mockFetch } from '@/testing/mock-fetch';

import { ApiError, isApiError } from './api';
import { apiRequest, buildApiUrl } from './api-client';

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

describe('apiRequest', () => {
  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const fetchMock = mockFetch(({ method, url, body }) =>
      method === 'POST' && url.pathname === '/api/auth/login'
        ? { status: 200, body: { echoed: body } }
        : undefined,
    );

    const result = await apiRequest('/auth/login', {
      method: 'POST',
      body: { email: 'a@b.c', password: 'x' },
    });

    expect(result).toEqual({ echoed: { email: 'a@b.c', password: 'x' } });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('same-origin');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('returns undefined for 204 No Content', async () => {
    mockFetch(() => ({ status: 204 }));
    await expect(apiRequest('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('throws an ApiError carrying the status and the error body', async () => {
    const current = { id: 'u1', version: 4 };
    mockFetch(() => ({
      status: 409,
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'The user was changed by someone else.',
        current,
      },
    }));

    const error = await caught(apiRequest('/users/u1', { method: 'PATCH', body: { version: 3 } }));

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
          { field: 'password', problems: ['is too short', 'is too common'] },
        ],
      },
    }));

    const error = await caught(apiRequest('/users', { method: 'POST', body: {} }));

    expect(error.fieldProblems()).toEqual({
      email: ['must be an email'],
      password: ['is too short', 'is too common'],
    });
  });

  it('joins a message array into one sentence list', async () => {
    mockFetch(() => ({
      status: 400,
      body: { statusCode: 400, message: ['email is required', 'role is invalid'] },
    }));
    const error = await caught(apiRequest('/users'));
    expect(error.message).toBe('email is required; role is invalid');
  });

  it('never exposes a non-JSON error page', async () => {
    mockFetch(() => ({
      status: 503,
      rawBody: '<html><body>Error: at Object.<anonymous> (/srv/main.js:1)</body></html>',
    }));
    const error = await caught(apiRequest('/health'));
    expect(error.status).toBe(503);
    expect(error.message).not.toContain('<html>');
    expect(error.message).not.toContain('main.js');
  });

  it('maps a network failure to status 0', async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await caught(apiRequest('/auth/me'));
    expect(error.status).toBe(0);
  });
});

describe('buildApiUrl', () => {
  it('adds the /api prefix and drops empty parameters', () => {
    expect(
      buildApiUrl('/users', { page: 2, q: '', role: null, disabled: false, sort: undefined }),
    ).toBe('/api/users?page=2&disabled=false');
  });
});
