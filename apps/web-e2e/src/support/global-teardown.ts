import { STATE_KEY, stopServer, type E2eServerState } from './server';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[STATE_KEY] as E2eServerState | undefined;
  if (state) await stopServer(state);
}
