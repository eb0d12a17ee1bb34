import { afterAll, beforeAll } from '@jest/globals';

/**
 * Starts something before the tests of the suite it is called in and closes it after them: the
 * object answered is what `start` made, once made.
 */
export function useStarted<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  const started = {} as T;
  beforeAll(async () => {
    Object.assign(started, await start());
  }, 60_000);
  afterAll(async () => {
    if ('close' in started) await started.close();
  });
  return started;
}
