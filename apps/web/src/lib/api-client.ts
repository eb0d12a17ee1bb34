import { ApiError, type ApiErrorBody } from './api';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export type ApiRequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
};

const API_PREFIX = '/api';

export function buildApiUrl(path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `${API_PREFIX}${path}${qs ? `?${qs}` : ''}`;
}

/** Calls the same-origin API with the session cookie; throws ApiError on any non-2xx answer. */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    // Cancellation is TanStack Query's business, not an error to show.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      statusCode: 0,
      error: 'Network Error',
      message: 'The server could not be reached.',
    });
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  throw new ApiError(await readErrorBody(response));
}

async function readErrorBody(response: Response): Promise<ApiErrorBody> {
  const fallback: ApiErrorBody = {
    statusCode: response.status,
    error: response.statusText || 'Error',
    message: response.statusText || `Request failed with status ${response.status}`,
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await response.text());
  } catch {
    // Not JSON (e.g. a proxy's HTML page): never surface raw bodies to users.
    return fallback;
  }
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
