import { afterEach, describe, expect, it, jest } from '@jest/globals';

import { ApiError } from './api';
import { createQueryClient, onUnauthorized, shouldRetry } from './query-client';

const apiError = (statusCode: number) => new ApiError({ statusCode, error: 'x', message: 'x' });

describe('shouldRetry', () => {
  it('does not retry client errors', () => {
    for (const status of [400, 401, 403, 404, 409, 429])
      expect(shouldRetry(0, apiError(status))).toBe(false);
  });

  it('retries server and network errors a limited number of times', () => {
    expect(shouldRetry(0, apiError(503))).toBe(true);
    expect(shouldRetry(1, apiError(0))).toBe(true);
    expect(shouldRetry(2, apiError(503))).toBe(false);
  });
});

describe('401 handling', () => {
  let unsubscribe: () => void = () => undefined;
  afterEach(() => unsubscribe());

  it('tells listeners when a query answers 401', async () => {
    const listener = jest.fn();
    unsubscribe = onUnauthorized(listener);
    const client = createQueryClient();

    await client
      .fetchQuery({
        queryKey: ['anything'],
        queryFn: () => Promise.reject(apiError(401)),
        retry: false,
      })
      .catch(() => undefined);

    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores a 401 that the request expects (a wrong password)', async () => {
    const listener = jest.fn();
    unsubscribe = onUnauthorized(listener);
    const client = createQueryClient();

    await client
      .getMutationCache()
      .build(client, {
        mutationFn: () => Promise.reject(apiError(401)),
        meta: { expectsUnauthorized: true },
      })
      .execute(undefined)
      .catch(() => undefined);
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(apiError(403)) })
      .execute(undefined)
      .catch(() => undefined);

    expect(listener).not.toHaveBeenCalled();
  });
});
