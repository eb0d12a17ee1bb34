import { jest } from '@jest/globals';

export type MockResponse = { status: number; body?: unknown; rawBody?: string };
export type MockHandler = (request: {
  method: string;
  url: URL;
  body: unknown;
}) => MockResponse | undefined;

// jsdom has no fetch/Response; this carries exactly what api-client reads.
function fakeResponse({ status, body, rawBody }: MockResponse) {
  const text = rawBody ?? (body === undefined ? '' : JSON.stringify(body));
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 404 ? 'Not Found' : '',
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text) as unknown),
  };
}

/** Replaces global fetch with a handler over (method, URL); unmatched calls answer 404. */
export function mockFetch(handler: MockHandler) {
  const fn = jest.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const answer = handler({ method, url, body }) ?? {
      status: 404,
      body: {
        statusCode: 404,
        error: 'Not Found',
        message: `No mock for ${method} ${url.pathname}`,
      },
    };
    return Promise.resolve(fakeResponse(answer));
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}
