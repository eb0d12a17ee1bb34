import createClient from 'openapi-fetch';

import type { paths, Schema } from '@khsae/api-client';

/** The error body of any 4xx/5xx: `fields` on a 400, the record as it is now (`current`) on a 409. */
type ApiErrorBody = Schema<'ValidationErrorBodyDto'> & { current?: unknown };

/** An HTTP error from the API (or status 0 when the server could not be reached). */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.body = body;
  }

  /** Problems per input field, as sent by the server's validation. */
  fieldProblems(): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const { field, problems } of this.body.fields ?? []) {
      result[field] = [...(result[field] ?? []), ...problems];
    }
    return result;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The same-origin API with the session cookie, typed by its OpenAPI document; call it through `answer`. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  querySerializer: { array: { style: 'form', explode: false } },
  // Looked up on every call, so that a fetch replaced after start (as tests do) is the one used.
  fetch: (request) => globalThis.fetch(request),
});

/** What a call on `api` answers with: its 2xx body (openapi-fetch's `data`). */
type Data<T> = T extends { data: infer D } ? D : never;

/**
 * The data of a call on `api` (undefined for 204); an ApiError for any other answer than 2xx, with
 * status 0 when the server could not be reached. Cancellation is TanStack Query's business: an
 * AbortError passes through.
 */
export async function answer<T extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<T>,
): Promise<Data<T>> {
  let result: T;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      statusCode: 0,
      error: 'Network Error',
      message: 'The server could not be reached.',
    });
  }
  if (result.response.ok) return result.data as Data<T>;
  throw new ApiError(errorBody(result.response, result.error));
}

function errorBody(response: Response, parsed: unknown): ApiErrorBody {
  const fallback: ApiErrorBody = {
    statusCode: response.status,
    error: response.statusText || 'Error',
    message: response.statusText || `Request failed with status ${response.status}`,
  };
  // Not JSON (e.g. a proxy's HTML page, which openapi-fetch hands over as text): never show raw bodies.
  if (typeof parsed !== 'object' || parsed === null) return fallback;
  const raw = parsed as Record<string, unknown>;
  const body: ApiErrorBody = {
    statusCode: response.status,
    error: typeof raw['error'] === 'string' ? raw['error'] : fallback.error,
    message: normaliseMessage(raw['message']) ?? fallback.message,
  };
  const fields = normaliseFields(raw['fields']);
  if (fields) body.fields = fields;
  if ('current' in raw) body.current = raw['current'];
  return body;
}

function normaliseMessage(message: unknown): string | undefined {
  if (typeof message === 'string' && message.trim()) return message;
  if (Array.isArray(message)) {
    const parts = message.filter((m): m is string => typeof m === 'string');
    if (parts.length > 0) return parts.join('; ');
  }
  return undefined;
}

function normaliseFields(fields: unknown): ApiErrorBody['fields'] {
  if (!Array.isArray(fields)) return undefined;
  const result: NonNullable<ApiErrorBody['fields']> = [];
  for (const entry of fields) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { field, problems } = entry as Record<string, unknown>;
    if (typeof field !== 'string' || !Array.isArray(problems)) continue;
    result.push({ field, problems: problems.filter((p): p is string => typeof p === 'string') });
  }
  return result.length > 0 ? result : undefined;
}
