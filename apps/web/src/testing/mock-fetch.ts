import { jest } from '@jest/globals';

export type MockResponse = { status: number; body?: unknown; rawBody?: string };
export type MockHandler = (request: {
  method: string;
  url: URL;
  body: unknown;
}) => MockResponse | undefined;

function response({ status, body, rawBody }: MockResponse): Response {
  const text = rawBody ?? (body === undefined ? '' : JSON.stringify(body));
  return new Response(status === 204 || text === '' ? null : text, {
    status,
    statusText: status === 404 ? 'Not Found' : '',
    headers: rawBody === undefined ? { 'Content-Type': 'application/json' } : {},
  });
}

/** Replaces global fetch with a handler over (method, URL); unmatched calls answer 404. */
export function mockFetch(handler: MockHandler) {
  const fn = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request =
      input instanceof Request
        ? input
        : new Request(new URL(String(input), 'http://localhost'), init);
    const url = new URL(request.url);
    const text = await request.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    const answer = handler({ method: request.method.toUpperCase(), url, body }) ?? {
      status: 404,
      body: {
        statusCode: 404,
        error: 'Not Found',
        message: `No mock for ${request.method} ${url.pathname}`,
      },
    };
    return response(answer);
  });
  globalThis.fetch = fn;
  return fn;
}
