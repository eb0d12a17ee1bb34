import { rm } from 'node:fs/promises';

/** Where the product under test listens; everything targets loopback only. */
export const E2E_PORT = 3199;
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** What global-setup leaves for global-teardown (same Jest parent process). */
export type E2eServerState = {
  pid: number;
  dataDir: string;
  logFile: string;
};

export const STATE_KEY = '__KHSAE_E2E_SERVER__';

const STOP_TIMEOUT_MS = 15_000;

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops the whole process group that global-setup started, then deletes its data. */
export async function stopServer(state: E2eServerState): Promise<void> {
  signalGroup(state.pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (groupAlive(state.pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (groupAlive(state.pid)) signalGroup(state.pid, 'SIGKILL');
  await rm(state.dataDir, { recursive: true, force: true, maxRetries: 3 });
}
